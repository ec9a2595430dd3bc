#include "ui/store/WorkspaceChooser.h"

#include "models/core/Settings.h"
#include "models/session/SessionOpener.h"
#include "ui/store/ConnectDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QStandardPaths>

namespace ic {

namespace {
// These texts were first written for the window; they keep its translation
// context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MainWindow)
};
} // namespace

WorkspaceChooser::WorkspaceChooser(Settings &settings, SessionOpener *opener, QWidget *window)
    : QObject(window), m_settings(settings), m_opener(opener), m_window(window)
{
    connect(opener, &SessionOpener::passwordNeeded, this, &WorkspaceChooser::askPassword);
    connect(opener, &SessionOpener::opened, this, &WorkspaceChooser::updateRecent);
}

QString WorkspaceChooser::defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace.icw");
}

void WorkspaceChooser::addTo(QMenu *file, std::function<void()> openDemo)
{
    auto *openFile =
        file->addAction(Tr::tr("&Open Workspace…"), this, [this] { chooseFile(false); });
    openFile->setShortcut(QKeySequence::Open);
    openFile->setObjectName(QStringLiteral("openWorkspaceAction"));
    auto *newFile = file->addAction(Tr::tr("New &Workspace…"), this, [this] { chooseFile(true); });
    newFile->setObjectName(QStringLiteral("newWorkspaceAction"));
    auto *team = file->addAction(Tr::tr("Connect to &Team Workspace…"), this,
                                 &WorkspaceChooser::showConnectDialog);
    team->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+O")));
    team->setObjectName(QStringLiteral("connectTeamAction"));
    auto *demo = file->addAction(Tr::tr("Open &Demo Workspace"), this, std::move(openDemo));
    demo->setObjectName(QStringLiteral("openDemoAction"));
    m_recent = file->addMenu(Tr::tr("&Recent Workspaces"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    updateRecent();
}

void WorkspaceChooser::updateRecent()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &location : recent) {
        QAction *a = m_recent->addAction(QDir::toNativeSeparators(location));
        connect(a, &QAction::triggered, this, [this, location] {
            const auto profile = ConnectionProfile::fromLocation(location);
            if (!profile)
                return;
            if (profile->kind == ConnectionProfile::Kind::Postgres)
                m_opener->connectTeam(*profile);
            else
                m_opener->open(*profile);
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void WorkspaceChooser::chooseFile(bool create)
{
    auto *dlg =
        new QFileDialog(m_window, create ? Tr::tr("New Workspace") : Tr::tr("Open Workspace"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setNameFilters({Tr::tr("Incident Commander workspaces (*.icw)"), Tr::tr("All files (*)")});
    dlg->setDirectory(QFileInfo(defaultWorkspacePath()).absolutePath());
    if (create) {
        dlg->setAcceptMode(QFileDialog::AcceptSave);
        dlg->setDefaultSuffix(QStringLiteral("icw"));
    } else {
        dlg->setFileMode(QFileDialog::ExistingFile);
    }
    connect(dlg, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_opener->open(ConnectionProfile::forSqlite(path)); });
    dlg->open();
}

void WorkspaceChooser::showConnectDialog()
{
    ConnectionProfile initial;
    initial.kind = ConnectionProfile::Kind::Postgres;
    const QVariantList saved = m_settings.connectionProfiles();
    if (!saved.isEmpty())
        initial = ConnectionProfile::fromVariant(saved.first().toMap());
    auto *dlg = new ConnectDialog(initial, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &ConnectDialog::submitted, this, [this, dlg] {
        const ConnectionProfile profile = dlg->profile();
        const QString password = dlg->storePassword();
        // Remember the profile (never the password) for next time.
        QVariantList profiles = m_settings.connectionProfiles();
        profiles.prepend(profile.toVariant());
        while (profiles.size() > 8)
            profiles.removeLast();
        m_settings.setConnectionProfiles(profiles);
        // The dialog stays until the workspace is open, or says why it is not.
        QPointer<ConnectDialog> guard(dlg);
        auto opened = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        *opened = connect(m_opener, &SessionOpener::opened, this, [guard, opened, failed] {
            QObject::disconnect(*opened);
            QObject::disconnect(*failed);
            if (guard)
                guard->accept();
        });
        *failed = connect(m_opener, &SessionOpener::failed, this,
                          [guard, opened, failed](const Error &e) {
                              QObject::disconnect(*opened);
                              QObject::disconnect(*failed);
                              if (guard)
                                  guard->showError(e.fullText());
                          });
        m_opener->connectTeam(profile, password, dlg->createStore());
    });
    dlg->open();
}

void WorkspaceChooser::askPassword(const ConnectionProfile &profile, const QString &reason,
                                   bool createStore)
{
    auto *dlg = new QInputDialog(m_window);
    dlg->setObjectName(QStringLiteral("passwordDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(Tr::tr("Database Password"));
    dlg->setLabelText(reason);
    dlg->setTextEchoMode(QLineEdit::Password);
    connect(dlg, &QInputDialog::textValueSelected, this,
            [this, profile, createStore](const QString &pw) {
                if (pw.isEmpty())
                    return;
                m_opener->connectTeam(profile, pw, createStore);
            });
    dlg->open();
}

} // namespace ic
