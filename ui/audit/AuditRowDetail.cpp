#include "ui/audit/AuditRowDetail.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

AuditRowDetail::AuditRowDetail(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditRowDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rowDetailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_time = addField(tr("Time"), "detailTimeEdit");
    m_event = addField(tr("Event"), "detailEventEdit");
    m_user = addField(tr("User"), "detailUserEdit");
    m_tenant = addField(tr("Tenant"), "detailTenantEdit");
    m_apiKey = addField(tr("API key"), "detailApiKeyEdit");
    m_ip = addField(tr("IP"), "detailIpEdit");
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_query = new QPlainTextEdit(this);
    m_query->setObjectName(QStringLiteral("detailQueryText"));
    m_query->setReadOnly(true);
    m_query->setFont(mono);
    m_query->setMaximumHeight(80);
    m_form->addRow(tr("Query"), m_query);
    m_metadata = new QPlainTextEdit(this);
    m_metadata->setObjectName(QStringLiteral("metadataText"));
    m_metadata->setReadOnly(true);
    m_metadata->setFont(mono);
    m_form->addRow(tr("Metadata"), m_metadata);
    layout->addLayout(m_form, 1);

    auto *actions = new QHBoxLayout;
    auto button = [this, actions](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        actions->addWidget(b);
        return b;
    };
    m_copy = button(tr("Copy as JSON"), "copyRowJsonButton");
    m_pin = button(tr("Pin to Incident"), "pinRowButton");
    actions->addSpacing(12);
    actions->addWidget(new QLabel(tr("Around this time, everything by this:"), this));
    m_aroundUser = button(tr("User"), "aroundUserButton");
    m_aroundKey = button(tr("Key"), "aroundApiKeyButton");
    m_aroundIp = button(tr("IP"), "aroundIpButton");
    m_aroundTenant = button(tr("Tenant"), "aroundTenantButton");
    actions->addStretch();
    layout->addLayout(actions);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_hasRow)
            return;
        QGuiApplication::clipboard()->setText(m_row.toJsonText());
        emit copied(tr("Audit row %1 copied as JSON.").arg(m_row.id));
    });
    connect(m_pin, &QPushButton::clicked, this, [this] {
        if (m_hasRow)
            emit pinRequested(m_row);
    });
    auto around = [this](QPushButton *b, AuditField field, QString AuditRow::*member) {
        connect(b, &QPushButton::clicked, this, [this, field, member] {
            if (m_hasRow && !(m_row.*member).isEmpty())
                emit aroundRequested(field, m_row.*member,
                                     QDateTime::fromMSecsSinceEpoch(m_row.timeMs, Qt::UTC));
        });
    };
    around(m_aroundUser, AuditField::User, &AuditRow::userId);
    around(m_aroundKey, AuditField::ApiKey, &AuditRow::apiKeyId);
    around(m_aroundIp, AuditField::Ip, &AuditRow::ip);
    around(m_aroundTenant, AuditField::Tenant, &AuditRow::tenantId);
    setRow(nullptr);
}

QLineEdit *AuditRowDetail::addField(const QString &label, const char *name)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QString::fromLatin1(name));
    e->setReadOnly(true);
    m_form->addRow(label, e);
    return e;
}

void AuditRowDetail::setRow(const AuditRow *row)
{
    m_hasRow = row != nullptr;
    m_row = row ? *row : AuditRow();
    m_title->setText(row ? tr("Audit row %1").arg(row->id) : tr("No row selected"));
    m_time->setText(row ? tr("%1 local · %2 UTC").arg(row->timeText, AuditTime::iso(row->time))
                        : QString());
    m_event->setText(m_row.event);
    m_user->setText(m_row.userId);
    m_tenant->setText(m_row.tenantId);
    m_apiKey->setText(m_row.apiKeyId);
    m_ip->setText(m_row.ip);
    m_query->setPlainText(m_row.query);
    m_metadata->setPlainText(row ? m_row.prettyMetadata() : QString());
    updateButtons();
}

void AuditRowDetail::setPinBlocked(const QString &reason)
{
    m_pinBlocked = reason;
    updateButtons();
}

void AuditRowDetail::updateButtons()
{
    m_copy->setEnabled(m_hasRow);
    m_pin->setEnabled(m_hasRow && m_pinBlocked.isEmpty());
    m_pin->setToolTip(m_pinBlocked.isEmpty() ? tr("Record this row as evidence on the selected "
                                                  "incident's timeline")
                                             : m_pinBlocked);
    m_aroundUser->setEnabled(m_hasRow && !m_row.userId.isEmpty());
    m_aroundKey->setEnabled(m_hasRow && !m_row.apiKeyId.isEmpty());
    m_aroundIp->setEnabled(m_hasRow && !m_row.ip.isEmpty());
    m_aroundTenant->setEnabled(m_hasRow && !m_row.tenantId.isEmpty());
}

} // namespace ic
