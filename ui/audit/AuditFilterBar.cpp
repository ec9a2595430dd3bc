#include "ui/audit/AuditFilterBar.h"

#include "models/audit/AuditRow.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace ic {

AuditFilterBar::AuditFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("All time"), int(AuditFilter::Range::All));
    m_range->addItem(tr("Last hour"), int(AuditFilter::Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(AuditFilter::Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(AuditFilter::Range::Last7Days));
    m_range->addItem(tr("Custom range"), int(AuditFilter::Range::Custom));
    auto makeTime = [this](const char *name) {
        auto *e = new QDateTimeEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setTimeSpec(Qt::LocalTime);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setCalendarPopup(true);
        e->setDateTime(QDateTime::currentDateTime());
        return e;
    };
    m_from = makeTime("fromEdit");
    m_to = makeTime("toEdit");
    m_from->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    m_from->setToolTip(tr("From (local time, inclusive)"));
    m_to->setToolTip(tr("To (local time, exclusive)"));
    m_zone = new QLabel(AuditTime::localZoneLabel(), this);
    m_zone->setObjectName(QStringLiteral("zoneLabel"));
    m_zone->setToolTip(tr("Times are shown and entered in your local time zone."));

    auto makeEdit = [this](const char *name, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
        return e;
    };
    m_user = makeEdit("userFilterEdit", tr("user id"));
    m_tenant = makeEdit("tenantFilterEdit", tr("tenant id"));
    m_apiKey = makeEdit("apiKeyFilterEdit", tr("API key id"));
    m_ip = makeEdit("ipFilterEdit", tr("203.0.113.7 or 203.0.113.0/24"));
    m_text = makeEdit("textFilterEdit", tr("text in the query"));
    m_metaKey = makeEdit("metaKeyFilterEdit", tr("key"));
    m_metaValue = makeEdit("metaValueFilterEdit", tr("value (empty: has the key)"));
    m_keyCompleter = new QCompleter(this);
    m_keyCompleter->setModel(new QStringListModel(m_keyCompleter));
    m_keyCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_metaKey->setCompleter(m_keyCompleter);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("eventFilterCombo"));
    m_event->setEditable(true);
    m_event->setInsertPolicy(QComboBox::NoInsert);
    m_event->addItem(QString());
    m_event->lineEdit()->setPlaceholderText(tr("any event"));
    connect(m_event->lineEdit(), &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->addItem(tr("Newest first"), int(AuditFilter::Order::NewestFirst));
    m_order->addItem(tr("Oldest first"), int(AuditFilter::Order::OldestFirst));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyFilterButton"));
    m_apply->setDefault(true);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearFilterButton"));
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clearRequested);

    auto *timeRow = new QWidget(this);
    auto *timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_range);
    timeLayout->addWidget(m_from);
    timeLayout->addWidget(m_to);
    timeLayout->addWidget(m_zone);
    timeLayout->addStretch();
    auto *metaRow = new QWidget(this);
    auto *metaLayout = new QHBoxLayout(metaRow);
    metaLayout->setContentsMargins(0, 0, 0, 0);
    metaLayout->addWidget(m_metaKey, 1);
    metaLayout->addWidget(new QLabel(QStringLiteral("="), metaRow));
    metaLayout->addWidget(m_metaValue, 1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->addWidget(field(tr("&Time"), timeRow, AuditField::Time, QStringLiteral("time"), m_range),
                    0, 0, 1, 2);
    grid->addWidget(field(tr("O&rder"), m_order, AuditField::Limit, QStringLiteral("order")), 0, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_clear);
    grid->addLayout(buttons, 0, 3);
    grid->addWidget(field(tr("&User"), m_user, AuditField::User, QStringLiteral("user")), 1, 0);
    grid->addWidget(field(tr("Te&nant"), m_tenant, AuditField::Tenant, QStringLiteral("tenant")), 1,
                    1);
    grid->addWidget(field(tr("API &key"), m_apiKey, AuditField::ApiKey, QStringLiteral("apiKey")),
                    1, 2);
    grid->addWidget(field(tr("&IP or network"), m_ip, AuditField::Ip, QStringLiteral("ip")), 1, 3);
    grid->addWidget(field(tr("&Event"), m_event, AuditField::Event, QStringLiteral("event")), 2, 0);
    grid->addWidget(field(tr("&Query contains"), m_text, AuditField::Text, QStringLiteral("text")),
                    2, 1);
    grid->addWidget(
        field(tr("&Metadata"), metaRow, AuditField::MetaKey, QStringLiteral("metaKey"), m_metaKey),
        2, 2, 1, 2);
    m_inputs.insert(int(AuditField::Time), m_range);
    m_inputs.insert(int(AuditField::MetaKey), m_metaKey);
    m_inputs.insert(int(AuditField::MetaValue), m_metaValue);
    m_problems.insert(int(AuditField::MetaValue), m_problems.value(int(AuditField::MetaKey)));
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditFilterBar::rangeChanged);
    rangeChanged();
}

QWidget *AuditFilterBar::field(const QString &label, QWidget *input, AuditField problemField,
                               const QString &name, QWidget *buddy)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    auto *caption = new QLabel(label, box);
    caption->setBuddy(buddy ? buddy : input);
    auto *problem = new QLabel(box);
    problem->setObjectName(name + QStringLiteral("ErrorLabel"));
    problem->setWordWrap(true);
    problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = problem->palette();
    pal.setColor(QPalette::WindowText, Theme::overdueColor(pal));
    problem->setPalette(pal);
    problem->hide();
    v->addWidget(caption);
    v->addWidget(input);
    v->addWidget(problem);
    m_problems.insert(int(problemField), problem);
    m_inputs.insert(int(problemField), input);
    return box;
}

void AuditFilterBar::rangeChanged()
{
    const bool custom = m_range->currentData().toInt() == int(AuditFilter::Range::Custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_zone->setVisible(custom);
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    f.range = AuditFilter::Range(m_range->currentData().toInt());
    if (f.range == AuditFilter::Range::Custom) {
        f.from = m_from->dateTime().toUTC();
        f.to = m_to->dateTime().toUTC();
    }
    // Identifiers are pasted from logs and tickets: surrounding blanks are
    // never part of them. Text and metadata values are taken as typed.
    f.user = m_user->text().trimmed();
    f.tenant = m_tenant->text().trimmed();
    f.apiKey = m_apiKey->text().trimmed();
    f.ip = m_ip->text().trimmed();
    f.event = m_event->currentText().trimmed();
    f.text = m_text->text();
    f.metaKey = m_metaKey->text();
    f.metaValue = m_metaValue->text();
    f.order = AuditFilter::Order(m_order->currentData().toInt());
    return f;
}

void AuditFilterBar::setFilter(const AuditFilter &f)
{
    m_range->setCurrentIndex(qMax(0, m_range->findData(int(f.range))));
    if (f.range == AuditFilter::Range::Custom) {
        if (f.from.isValid())
            m_from->setDateTime(f.from.toLocalTime());
        if (f.to.isValid())
            m_to->setDateTime(f.to.toLocalTime());
    }
    m_user->setText(f.user);
    m_tenant->setText(f.tenant);
    m_apiKey->setText(f.apiKey);
    m_ip->setText(f.ip);
    m_event->setCurrentText(f.event);
    m_text->setText(f.text);
    m_metaKey->setText(f.metaKey);
    m_metaValue->setText(f.metaValue);
    m_order->setCurrentIndex(qMax(0, m_order->findData(int(f.order))));
    showProblems({});
}

void AuditFilterBar::showProblems(const QList<FieldProblem> &problems)
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (QWidget *input : std::as_const(m_inputs))
        input->setAccessibleDescription(QString());
    bool focused = false;
    for (const FieldProblem &p : problems) {
        QLabel *label = m_problems.value(int(p.field));
        if (!label)
            continue;
        label->setText(label->text().isEmpty() ? p.message
                                               : label->text() + QLatin1Char('\n') + p.message);
        label->show();
        if (QWidget *input = m_inputs.value(int(p.field))) {
            input->setAccessibleDescription(p.message);
            if (!focused) {
                input->setFocus(Qt::OtherFocusReason);
                focused = true;
            }
        }
    }
}

QString AuditFilterBar::problemText(AuditField field) const
{
    QLabel *label = m_problems.value(int(field));
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void AuditFilterBar::setCatalog(const AuditCatalog &catalog)
{
    const QString current = m_event->currentText();
    m_event->clear();
    m_event->addItem(QString());
    m_event->addItems(catalog.events);
    m_event->setCurrentText(current);
    static_cast<QStringListModel *>(m_keyCompleter->model())->setStringList(catalog.metadataKeys);
}

void AuditFilterBar::focusFirstField()
{
    m_user->setFocus(Qt::ShortcutFocusReason);
    m_user->selectAll();
}

} // namespace ic
