// The actions pane offscreen, in the main window: an action run with the
// mouse from the pane (preview, reason, run, outcome on the timeline), the
// same through Ctrl+K with the keyboard only in three interactions, bad
// input answered next to its field, a reviewer told why they cannot act,
// unfinished actions shown after a restart and resumed, and the admin API
// set up through the settings dialog with the token in the keychain.
#include "HttpsAdminServer.h"
#include "SignedConnection.h"
#include "TestPki.h"
#include "models/actions/ActionModel.h"
#include "models/actions/ActionService.h"
#include "models/actions/Outbox.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/actions/ActionSettingsDialog.h"
#include "ui/actions/ActionsPane.h"
#include "ui/actions/CommandPalette.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using namespace ic::test;

class TestActionsPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_path;
    QStringList m_incidents; // alice's, bob's, carol's

    QVariant one(const QString &sql, const QVariantList &params = {})
    {
        const QString name = QStringLiteral("peek");
        QVariant v;
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path), name);
            if (!db)
                return {};
            auto q = Db::exec(db.value(), sql, params);
            if (q && q->next())
                v = q->value(0);
        }
        Db::close(name);
        return v;
    }

    QStringList eventKinds(const QString &incidentId)
    {
        const QString name = QStringLiteral("peek-events");
        QStringList kinds;
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path), name);
            const auto events = EventLog::events(db.value(), incidentId);
            for (const IncidentEvent &e : events.value())
                kinds << e.kind;
        }
        Db::close(name);
        return kinds;
    }

    std::unique_ptr<MainWindow> open(bool reviewer = false)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        ConnectionProfile p = ConnectionProfile::forSqlite(m_path);
        p.readOnly = reviewer;
        w->openWorkspace(p);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        return w;
    }

    ActionsPane *pane(MainWindow *w, const QString &incidentId)
    {
        emit w->navigator()->showIncident(incidentId);
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        auto *p = qobject_cast<ActionsPane *>(w->showPane(QStringLiteral("actionsPane")));
        if (tabs && p)
            tabs->setCurrentWidget(p);
        return p;
    }

    template <typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("morgan"));
        m_path = m_dir.filePath(QStringLiteral("pane.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            for (const char *sql :
                 {"INSERT INTO tenants (id, name) VALUES ('ten_northwind', 'Northwind')",
                  "INSERT INTO users (id, tenant_id, email) VALUES ('usr_alice', 'ten_northwind', "
                  "'alice@northwind.test'), ('usr_bob', 'ten_northwind', 'bob@northwind.test'), "
                  "('usr_carol', 'ten_northwind', 'carol@northwind.test')",
                  "INSERT INTO api_keys (id, tenant_id, user_id) VALUES ('key_a1', "
                  "'ten_northwind', 'usr_alice'), ('key_a2', 'ten_northwind', 'usr_alice'), "
                  "('key_b1', 'ten_northwind', 'usr_bob'), ('key_c1', 'ten_northwind', "
                  "'usr_carol')",
                  "INSERT INTO sessions (id, user_id, tenant_id) VALUES ('s1', 'usr_alice', "
                  "'ten_northwind'), ('s2', 'usr_bob', 'ten_northwind')"}) {
                QVERIFY(Db::exec(db, QString::fromLatin1(sql)).ok());
            }
            for (const char *user : {"usr_alice", "usr_bob", "usr_carol"}) {
                NewIncident n;
                n.title = QStringLiteral("Session token reused after logout (%1)")
                              .arg(QLatin1String(user));
                n.severity = Severity::P1;
                n.affectedUsers = {QString::fromLatin1(user)};
                n.affectedTenants = {QStringLiteral("ten_northwind")};
                auto inc = IncidentRepository(db, QDateTime::currentDateTimeUtc())
                               .create(n, QStringLiteral("detection"));
                QVERIFY(inc.ok());
                m_incidents << inc->id;
            }
        }
        Db::close(name);
    }

    void runWithTheMouse()
    {
        auto w = open();
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(0));
        QVERIFY(p);
        QTRY_VERIFY(p->isEnabled());
        QTRY_VERIFY(child<QLabel>(p, "backendLabel")->text().contains(QLatin1String("direct SQL")));
        auto *kind = child<QComboBox>(p, "actionCombo");
        auto *subject = child<QComboBox>(p, "subjectCombo");
        auto *run = child<QPushButton>(p, "runButton");
        QCOMPARE(kind->currentText(), Actions::shortLabel(ActionKind::RevokeUserTokens));
        QCOMPARE(subject->currentText(), QStringLiteral("usr_alice")); // the incident's subject
        QVERIFY(!run->isEnabled()); // nothing runs without a preview

        QTest::mouseClick(child<QPushButton>(p, "previewButton"), Qt::LeftButton);
        auto *preview = child<QPlainTextEdit>(p, "previewText");
        QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("Objects that change: 3")));
        QVERIFY(preview->toPlainText().contains(QLatin1String("UPDATE api_keys SET revoked_at")));
        QVERIFY(preview->toPlainText().contains(QLatin1String("alice@northwind.test")));
        QVERIFY(run->isEnabled());

        // No reason: said next to the field, nothing written or changed.
        QTest::mouseClick(run, Qt::LeftButton);
        auto *reasonError = child<QLabel>(p, "reasonErrorLabel");
        QTRY_VERIFY(reasonError->isVisible());
        QVERIFY(reasonError->text().contains(QLatin1String("Give a reason")));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_actions")).toInt(), 0);

        QTest::keyClicks(child<QLineEdit>(p, "reasonEdit"),
                         QStringLiteral("Token reused from a Tor exit"));
        QVERIFY(!reasonError->isVisible());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE(p->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(p->model()->actions().first().state, ActionState::Succeeded,
                                  15000);
        QCOMPARE(p->model()->index(0, ActionModel::StateColumn).data().toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE user_id = 'usr_alice' AND "
                                    "revoked_at IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE event = "
                                    "'user_tokens_revoked' AND user_id = 'usr_alice'"))
                     .toInt(),
                 1);
        QCOMPARE(one(QStringLiteral("SELECT json_extract(metadata, '$.actor') FROM audit_logs "
                                    "WHERE event = 'user_tokens_revoked'"))
                     .toString(),
                 QStringLiteral("morgan"));
        const QStringList kinds = eventKinds(m_incidents.at(0));
        QVERIFY2(kinds.contains(QStringLiteral("action.attempt")) &&
                     kinds.contains(QStringLiteral("action.succeeded")),
                 qPrintable(kinds.join(QLatin1Char(','))));
    }

    void badInputIsAnsweredNextToTheField()
    {
        auto w = open();
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(2));
        QTRY_VERIFY(p->isEnabled());
        auto *kind = child<QComboBox>(p, "actionCombo");
        auto *subject = child<QComboBox>(p, "subjectCombo");
        auto *error = child<QLabel>(p, "subjectErrorLabel");
        kind->setCurrentIndex(kind->findData(int(ActionKind::BlockIp)));
        subject->setEditText(QString());
        QTest::keyClicks(subject->lineEdit(), QStringLiteral("1.2.3.256"));
        QTest::mouseClick(child<QPushButton>(p, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("is not an IP address")),
                 qPrintable(error->text()));
        QVERIFY(!child<QPushButton>(p, "runButton")->isEnabled());

        kind->setCurrentIndex(kind->findData(int(ActionKind::SuspendUser)));
        subject->setEditText(QStringLiteral("usr_ghost"));
        QTest::mouseClick(child<QPushButton>(p, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY(error->isVisible() && error->text().contains(QLatin1String("no user")));
        QVERIFY(!child<QPushButton>(p, "runButton")->isEnabled());
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_actions WHERE incident_id = ?"),
                     {m_incidents.at(2)})
                     .toInt(),
                 0);
    }

    void keyboardOnlyInThreeInteractions()
    {
        auto w = open();
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(1));
        QTRY_VERIFY(p->isEnabled());
        // Show the timeline: the palette works whichever tab is on screen.
        w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"))->setCurrentIndex(0);
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        int interactions = 0;

        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier); // 1: Ctrl+K
        ++interactions;
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = w->findChild<CommandPalette *>(QStringLiteral("commandPalette"))));
        QTRY_VERIFY(palette->isActiveWindow());
        QCOMPARE(palette->entries().value(0), QStringLiteral("Revoke all tokens of user usr_bob"));
        QVERIFY(palette->entries().contains(QStringLiteral("Suspend tenant ten_northwind")));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // 2: Enter previews
        ++interactions;
        auto *preview = child<QPlainTextEdit>(palette, "palettePreviewText");
        QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("Objects that change: 2")));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(palette, "paletteReasonEdit"));

        QTest::keyClicks(QApplication::focusWidget(),
                         QStringLiteral("Bob's token replayed")); // 3: reason + Enter
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        ++interactions;
        QCOMPARE(interactions, 3);
        QTRY_VERIFY(!w->findChild<CommandPalette *>(QStringLiteral("commandPalette")));
        QTRY_COMPARE_WITH_TIMEOUT(
            one(QStringLiteral("SELECT state FROM ic_actions WHERE incident_id = ?"),
                {m_incidents.at(1)})
                .toString(),
            QStringLiteral("succeeded"), 15000);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE user_id = 'usr_bob' AND "
                                    "revoked_at IS NULL"))
                     .toInt(),
                 0);
        QTRY_VERIFY(eventKinds(m_incidents.at(1)).contains(QStringLiteral("action.succeeded")));
        QCOMPARE(one(QStringLiteral("SELECT reason FROM ic_actions WHERE incident_id = ?"),
                     {m_incidents.at(1)})
                     .toString(),
                 QStringLiteral("Bob's token replayed"));

        // An empty reason in the palette: told there, nothing sent.
        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY((palette = w->findChild<CommandPalette *>(QStringLiteral("commandPalette"))));
        QTRY_VERIFY(palette->isActiveWindow());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(child<QPlainTextEdit>(palette, "palettePreviewText")
                        ->toPlainText()
                        .contains(QLatin1String("Objects that change")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(child<QLabel>(palette, "paletteErrorLabel")->isVisible());
        QVERIFY(child<QLabel>(palette, "paletteErrorLabel")
                    ->text()
                    .contains(QLatin1String("Give a reason")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // back to the list
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(palette, "paletteFilterEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("203.0.113.9"));
        QCOMPARE(palette->entries().value(0), QStringLiteral("Block 203.0.113.9"));
        palette->close();
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_actions WHERE incident_id = ?"),
                     {m_incidents.at(1)})
                     .toInt(),
                 1);
    }

    void reviewerIsToldWhy()
    {
        auto w = open(true);
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(2));
        QTRY_VERIFY(p->isEnabled());
        auto *banner = child<MessageBanner>(p, "actionsBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("reviewer")), qPrintable(banner->text()));
        QTest::mouseClick(child<QPushButton>(p, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPlainTextEdit>(p, "previewText")
                        ->toPlainText()
                        .contains(QLatin1String("Objects that change")));
        QVERIFY(!child<QPushButton>(p, "runButton")->isEnabled());
        QVERIFY(child<QPushButton>(p, "runButton")->toolTip().contains(QLatin1String("reviewer")));

        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = w->findChild<CommandPalette *>(QStringLiteral("commandPalette"))));
        QVERIFY(child<QLabel>(palette, "paletteErrorLabel")
                    ->text()
                    .contains(QLatin1String("reviewer")));
        palette->close();
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_actions WHERE incident_id = ?"),
                     {m_incidents.at(2)})
                     .toInt(),
                 0);
    }

    void unfinishedAfterACrashAreShownAndResumed()
    {
        // What a crash leaves: written, claimed by a process that is gone.
        QString id;
        {
            const QString name = QStringLiteral("crash");
            auto db = Db::open(ConnectionSpec::sqlite(m_path), name);
            QVERIFY(db.ok());
            ActionRecord a;
            a.id = QStringLiteral("3f1e2d3c-0000-4000-8000-00000000c0de");
            a.incidentId = m_incidents.at(2);
            a.kind = ActionKind::RevokeApiKey;
            a.target = QStringLiteral("key_c1");
            a.reason = QStringLiteral("Key in a public gist");
            a.backend = Backend::Sql;
            a.endpoint = ConnectionSpec::sqlite(m_path).describe();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // The workspace has morgan's key (the windows opened it): a
            // direct connection records only with a key of its own.
            QVERIFY(ic::test::signConnection(db.value(), QStringLiteral("morgan")));
            QVERIFY(Outbox::create(db.value(), a, QStringLiteral("morgan"), now).ok());
            QProcess gone;
            gone.start(QStringLiteral("true"), {});
            gone.waitForFinished();
            ActionClaim dead =
                ActionClaim::forThisProcess(QStringLiteral("crashed-app"), now.addSecs(600));
            dead.pid = gone.processId();
            QVERIFY(
                Outbox::claim(db.value(), a.id, dead, QStringLiteral("morgan"), false, now).ok());
            ic::EventLog::setSigner(name, nullptr);
            id = a.id;
        }
        Db::close(QStringLiteral("crash"));

        auto w = open();
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(2));
        auto *banner = child<MessageBanner>(p, "actionsBanner");
        QTRY_VERIFY(banner->isVisible() &&
                    banner->text().contains(QLatin1String("did not finish")));
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(p)), QStringLiteral("Actions (1 unfinished)"));
        QTRY_COMPARE(p->model()->rowCount(), 1);
        QCOMPARE(p->model()->index(0, ActionModel::StateColumn).data().toString(),
                 QStringLiteral("In flight"));
        QCOMPARE(one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_c1'")),
                 QVariant(QMetaType(QMetaType::QString)));

        QTest::mouseClick(child<QPushButton>(banner, "resumeAllButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(p->model()->actions().first().state, ActionState::Succeeded,
                                  15000);
        QCOMPARE(p->model()->actions().first().id, id);
        QCOMPARE(p->model()->actions().first().attempts, 2);
        QVERIFY(
            !one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_c1'")).isNull());
        QCOMPARE(tabs->tabText(tabs->indexOf(p)), QStringLiteral("Actions"));
    }

    void adminApiSetUpThroughTheSettings()
    {
        auto id = TestPki::makeServerIdentity(QStringLiteral("Pane Test CA"));
        QVERIFY(id.ok());
        HttpsAdminServer server;
        server.setToken("tok_from_the_dialog");
        QVERIFY(server.listen(id.value()).ok());
        const QString caPath = m_dir.filePath(QStringLiteral("ca.pem"));
        {
            QFile f(caPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(id->caPem);
        }

        auto w = open();
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(2));
        QTRY_VERIFY(p->isEnabled());
        QTest::mouseClick(child<QPushButton>(p, "actionSettingsButton"), Qt::LeftButton);
        ActionSettingsDialog *dlg = nullptr;
        QTRY_VERIFY(
            (dlg = p->findChild<ActionSettingsDialog *>(QStringLiteral("actionSettingsDialog"))));
        QTest::mouseClick(child<QRadioButton>(dlg, "apiBackendRadio"), Qt::LeftButton);
        auto *url = child<QLineEdit>(dlg, "apiUrlEdit");
        QTest::keyClicks(url, QStringLiteral("http://admin.example.com"));
        QTest::mouseClick(child<QPushButton>(dlg, "saveSettingsButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(dlg, "apiUrlErrorLabel")->isVisible());
        QVERIFY(
            child<QLabel>(dlg, "apiUrlErrorLabel")->text().contains(QLatin1String("unencrypted")));
        url->clear();
        QTest::keyClicks(url, server.baseUrl().toString());
        QVERIFY(dlg->loadCaFile(caPath));
        QTest::keyClicks(child<QLineEdit>(dlg, "tokenEdit"), QStringLiteral("tok_from_the_dialog"));
        QTest::mouseClick(child<QPushButton>(dlg, "saveSettingsButton"), Qt::LeftButton);
        QTRY_VERIFY(!p->findChild<ActionSettingsDialog *>(QStringLiteral("actionSettingsDialog")) ||
                    !dlg->isVisible());
        QTRY_VERIFY(child<QLabel>(p, "backendLabel")->text().contains(QLatin1String("admin API")));
        QCOMPARE(one(QStringLiteral("SELECT value FROM ic_action_settings WHERE key = 'backend'"))
                     .toString(),
                 QStringLiteral("api"));
        QCOMPARE(one(QStringLiteral(
                         "SELECT COUNT(*) FROM ic_action_settings WHERE value LIKE '%tok_from%'"))
                     .toInt(),
                 0);

        auto *kind = child<QComboBox>(p, "actionCombo");
        kind->setCurrentIndex(kind->findData(int(ActionKind::LogoutUserSessions)));
        QTest::mouseClick(child<QPushButton>(p, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPlainTextEdit>(p, "previewText")
                        ->toPlainText()
                        .contains(QLatin1String("/admin/users/usr_carol/logout-all")));
        QTest::keyClicks(child<QLineEdit>(p, "reasonEdit"),
                         QStringLiteral("Carol's laptop stolen"));
        QTest::mouseClick(child<QPushButton>(p, "runButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.effects().size(), 1, 15000);
        QCOMPARE(server.requests().first().header("authorization"),
                 QByteArray("Bearer tok_from_the_dialog"));
        QTRY_VERIFY(!p->model()->actions().isEmpty() &&
                    p->model()->actions().last().state == ActionState::Succeeded);
    }

    // The platform primary with the keyboard: Alt+R reaches it, a password
    // in it is refused next to the field with nothing saved, and the
    // password typed in its own field goes to the keychain, never the
    // workspace.
    void platformPrimaryThroughTheSettings()
    {
        auto w = open();
        QVERIFY(w);
        ActionsPane *p = pane(w.get(), m_incidents.at(0));
        QTRY_VERIFY(p->isEnabled());
        // The form starts from the settings the pane has loaded (an earlier
        // test left the admin API there): opened sooner, its save would be
        // refused as stale, rightly.
        const bool apiStored =
            one(QStringLiteral(
                    "SELECT COUNT(*) FROM ic_action_settings WHERE value LIKE 'https://%'"))
                .toInt() > 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(p, "backendLabel")
                ->text()
                .contains(apiStored ? QLatin1String("admin API") : QLatin1String("direct SQL")),
            10000);
        QTest::mouseClick(child<QPushButton>(p, "actionSettingsButton"), Qt::LeftButton);
        ActionSettingsDialog *dlg = nullptr;
        QTRY_VERIFY(
            (dlg = p->findChild<ActionSettingsDialog *>(QStringLiteral("actionSettingsDialog"))));
        QTRY_VERIFY(dlg->isActiveWindow());
        QTest::mouseClick(child<QRadioButton>(dlg, "sqlBackendRadio"), Qt::LeftButton);
        auto *primary = child<QLineEdit>(dlg, "platformPrimaryEdit");
        QVERIFY(primary->isEnabled());
        QTest::keyClick(dlg, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), primary);
        QTest::keyClicks(primary, QStringLiteral("host=db.example dbname=platform user=ic "
                                                 "password=hunter2"));
        QTest::mouseClick(child<QPushButton>(dlg, "saveSettingsButton"), Qt::LeftButton);
        auto *error = child<QLabel>(dlg, "platformPrimaryErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("contains a password")),
                 qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), primary);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_action_settings WHERE value LIKE "
                                    "'%hunter2%' OR (key = 'platform.primary' AND value <> '')"))
                     .toInt(),
                 0);

        primary->clear();
        QTest::keyClicks(primary, QStringLiteral("host=db-primary.example dbname=platform "
                                                 "user=ic_containment"));
        QTest::keyClick(dlg, Qt::Key_W, Qt::AltModifier);
        auto *password = child<QLineEdit>(dlg, "platformPrimaryPasswordEdit");
        QTRY_COMPARE(QApplication::focusWidget(), password);
        QTest::keyClicks(password, QStringLiteral("hunter2-primary"));
        QTest::mouseClick(child<QPushButton>(dlg, "saveSettingsButton"), Qt::LeftButton);
        const auto shown = [&] {
            QStringList texts;
            if (p->findChild<ActionSettingsDialog *>(QStringLiteral("actionSettingsDialog"))) {
                for (const QLabel *l : dlg->findChildren<QLabel *>()) {
                    if (l->isVisible() && !l->text().isEmpty())
                        texts << l->text();
                }
            }
            return texts.join(QLatin1String(" | "));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            !p->findChild<ActionSettingsDialog *>(QStringLiteral("actionSettingsDialog")) ||
                !dlg->isVisible(),
            qPrintable(shown()), 10000);
        QCOMPARE(one(QStringLiteral("SELECT value FROM ic_action_settings WHERE key = "
                                    "'platform.primary'"))
                     .toString(),
                 QStringLiteral("postgresql://ic_containment@db-primary.example:5432/platform"));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_action_settings WHERE value LIKE "
                                    "'%hunter2%'"))
                     .toInt(),
                 0);
        std::optional<SecretStore::ReadResult> kept;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                kept.reset();
                m_secrets.find(QStringLiteral("postgresql/ic_containment@db-primary.example:5432/"
                                              "platform"),
                               [&](const SecretStore::ReadResult &r) { kept = r; });
                return QTest::qWaitFor([&] { return kept.has_value(); }, 5000) &&
                       kept->status == SecretStore::Status::Found;
            }(),
            15000);
        QCOMPARE(kept->secret, QStringLiteral("hunter2-primary"));
    }
};

QTEST_MAIN(TestActionsPane)
#include "tst_actionspane.moc"
