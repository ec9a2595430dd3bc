// The audit explorer offscreen, in the main window on a demo workspace:
// filter by user and open a row's detail, a bad IP answered by its field,
// pin a row to the selected incident, run a playbook investigation and a
// request from another pane; and the table itself past QTableView's
// 2^31-pixel limit.
#include "models/audit/AuditLogModel.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/demo/DemoData.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditRowDetail.h"
#include "ui/audit/AuditTableView.h"
#include "ui/audit/AuditView.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

const QDateTime Anchor = QDateTime::fromString(QStringLiteral("2026-11-22T12:00:00Z"), Qt::ISODate);

// Row numbers only: a stand-in for a result far larger than any table.
class HugeModel : public QAbstractTableModel
{
public:
    explicit HugeModel(int rows) : m_rows(rows) {}
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &i, int role) const override
    {
        ++reads;
        if (role != Qt::DisplayRole)
            return {};
        return i.column() == 0 ? QVariant(i.row())
                               : QVariant(QStringLiteral("row %1").arg(i.row()));
    }
    mutable qint64 reads = 0;

private:
    int m_rows;
};

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{Anchor};
    DemoPlants m_plants;
    QString m_path;

    AuditView *openAudit(MainWindow &w)
    {
        QSignalSpy shown(&w, &MainWindow::incidentsShown);
        w.resize(1500, 950);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return nullptr;
        w.openSqliteFile(m_path);
        if (!shown.wait(30000) && shown.isEmpty())
            return nullptr;
        auto *view = qobject_cast<AuditView *>(w.showPane(QStringLiteral("auditView")));
        if (!view)
            return nullptr;
        for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
            if (tabs->indexOf(view) >= 0)
                tabs->setCurrentWidget(view);
        }
        if (!QTest::qWaitFor([&] { return view->isReady() && view->model()->isCountExact(); },
                             30000))
            return nullptr;
        return view;
    }

    QTableView *table(QWidget *w)
    {
        return w->findChild<QTableView *>(QStringLiteral("auditTable"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_path = m_dir.filePath(QStringLiteral("audit-gui.icw"));
        const QString name = QStringLiteral("gui-demo");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name, Anchor);
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            DemoOptions o;
            o.rows = DemoData::MinimumRows;
            o.anchor = Anchor;
            auto filled = DemoData::fill(db, o, {});
            QVERIFY(filled.ok());
            m_plants = filled->plants;
        }
        Db::close(name);
    }

    void filterByUserAndOpenARow()
    {
        MainWindow w(m_settings, &m_secrets, m_clock);
        AuditView *view = openAudit(w);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), int(DemoData::MinimumRows));

        auto *user = view->findChild<QLineEdit *>(QStringLiteral("userFilterEdit"));
        QVERIFY(user);
        user->setFocus();
        QTest::keyClicks(user, m_plants.compromisedUserId);
        QTest::keyClick(user, Qt::Key_Return);
        QTRY_COMPARE(view->model()->filter().user, m_plants.compromisedUserId);
        QTRY_VERIFY(view->model()->isCountExact() && !view->model()->isLoading());
        const int rows = view->model()->rowCount();
        QVERIFY(rows >= 40);
        QTableView *t = table(view);
        QVERIFY(t && t->isVisible());
        QTRY_VERIFY(t->model()->index(0, AuditLogModel::UserColumn).data().toString() ==
                    m_plants.compromisedUserId);
        for (int r = 0; r < t->model()->rowCount(); ++r) {
            const QString shown = t->model()->index(r, AuditLogModel::UserColumn).data().toString();
            QVERIFY(shown.isEmpty() || shown == m_plants.compromisedUserId);
        }
        auto *status = view->findChild<QLabel *>(QStringLiteral("auditStatusLabel"));
        QTRY_VERIFY(status->text().contains(QString::number(rows)));

        // Open the second row: the detail shows every column.
        auto *detail = view->findChild<AuditRowDetail *>(QStringLiteral("auditRowDetail"));
        QVERIFY(detail && !detail->isVisible());
        const QRect cell = t->visualRect(t->model()->index(1, AuditLogModel::EventColumn));
        QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(detail->isVisible());
        const AuditRow *second = view->model()->rowAt(1);
        QVERIFY(second);
        QCOMPARE(detail->row().id, second->id);
        QCOMPARE(detail->findChild<QLineEdit *>(QStringLiteral("detailUserEdit"))->text(),
                 m_plants.compromisedUserId);
        QCOMPARE(detail->findChild<QLineEdit *>(QStringLiteral("detailEventEdit"))->text(),
                 second->event);
        const QString meta =
            detail->findChild<QPlainTextEdit *>(QStringLiteral("metadataText"))->toPlainText();
        QVERIFY2(meta.contains(QLatin1Char('\n')) && meta.contains(QLatin1String("\"session_id\"")),
                 qPrintable(meta));
        QVERIFY(detail->findChild<QLineEdit *>(QStringLiteral("detailTimeEdit"))
                    ->text()
                    .contains(QLatin1String("UTC")));

        // Keyboard: down moves the current row, and the detail follows.
        t->setFocus();
        QTest::keyClick(t, Qt::Key_Down);
        QTRY_COMPARE(detail->row().id, view->model()->rowAt(2)->id);

        // Copy as JSON.
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("copyRowJsonButton")),
                          Qt::LeftButton);
        QVERIFY2(QApplication::clipboard()->text().contains(
                     QStringLiteral("\"id\": %1").arg(detail->row().id)),
                 qPrintable(QApplication::clipboard()->text().left(300)));

        // Everything by this IP around that time.
        const QString ip = detail->row().ip;
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("aroundIpButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(view->model()->filter().ip, ip);
        QCOMPARE(view->model()->filter().range, AuditFilter::Range::Custom);
        QCOMPARE(view->findChild<QLineEdit *>(QStringLiteral("ipFilterEdit"))->text(), ip);
    }

    void badInputIsAnsweredByItsField()
    {
        MainWindow w(m_settings, &m_secrets, m_clock);
        AuditView *view = openAudit(w);
        QVERIFY(view);
        const AuditFilter before = view->model()->filter();
        auto *ip = view->findChild<QLineEdit *>(QStringLiteral("ipFilterEdit"));
        ip->setFocus();
        QTest::keyClicks(ip, QStringLiteral("10.0.0.256/8"));
        QTest::keyClick(ip, Qt::Key_Return);
        auto *error = view->findChild<QLabel *>(QStringLiteral("ipErrorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("Nothing was run")));
        QCOMPARE(view->model()->filter(), before);
        QCOMPARE(view->model()->rowCount(), int(DemoData::MinimumRows));
        // Fixed: the message goes, the filter runs.
        ip->clear();
        QTest::keyClicks(ip, QStringLiteral("193.32.162.0/24"));
        QTest::keyClick(ip, Qt::Key_Return);
        QTRY_VERIFY(!error->isVisible());
        QTRY_VERIFY(view->model()->isCountExact() && view->model()->rowCount() == 240);
    }

    void pinARowToTheSelectedIncident()
    {
        MainWindow w(m_settings, &m_secrets, m_clock);
        AuditView *view = openAudit(w);
        QVERIFY(view);
        QTRY_VERIFY(w.incidentModel()->rowCount() > 0);
        auto *detail = view->findChild<AuditRowDetail *>(QStringLiteral("auditRowDetail"));
        view->showDetail(true);
        QTRY_VERIFY(detail->hasRow());
        auto *pin = detail->findChild<QPushButton *>(QStringLiteral("pinRowButton"));
        QTRY_VERIFY(pin->isEnabled()); // an open incident is selected
        const qint64 rowId = detail->row().id;
        QTest::mouseClick(pin, Qt::LeftButton);
        auto *banner = view->findChild<QWidget *>(QStringLiteral("auditBanner"));
        QTRY_VERIFY(banner->isVisible());
        QTRY_VERIFY(banner->findChild<QLabel *>(QStringLiteral("messageBannerText"))
                        ->text()
                        .contains(QLatin1String("Pinned")));
        // On the record, verifiably.
        const QString name = QStringLiteral("gui-check");
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path), name);
            QVERIFY(db.ok());
            auto q =
                Db::exec(db.value(),
                         QStringLiteral("SELECT incident_id FROM ic_audit_pins WHERE audit_id = ?"),
                         {rowId});
            QVERIFY(q && q->next());
            const QString incident = q->value(0).toString();
            bool found = false;
            const auto events = EventLog::events(db.value(), incident);
            QVERIFY(events.ok());
            for (const IncidentEvent &e : events.value())
                found = found || (e.kind == QLatin1String("audit.pinned") &&
                                  e.details.value(QStringLiteral("audit_row"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toInteger() == rowId);
            QVERIFY(found);
            QVERIFY(EventLog::verify(db.value(), incident)->intact);
        }
        Db::close(name);
    }

    void runAPlaybookInvestigation()
    {
        MainWindow w(m_settings, &m_secrets, m_clock);
        AuditView *view = openAudit(w);
        QVERIFY(view);
        auto *list = view->findChild<QListWidget *>(QStringLiteral("investigationList"));
        QVERIFY(list);
        int rls = -1;
        for (int i = 0; i < list->count(); ++i)
            rls = list->item(i)->text().contains(QLatin1String("RLS")) ? i : rls;
        QVERIFY(rls >= 0);
        list->setCurrentRow(rls);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runInvestigationButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(view->model()->isCountExact() &&
                    view->model()->filter().metaKey == QLatin1String("rls_bypass_attempt"));
        QCOMPARE(view->model()->rowCount(), 6);
        auto *sql = view->findChild<QPlainTextEdit *>(QStringLiteral("statementText"));
        QTRY_VERIFY(sql->toPlainText().contains(QLatin1String("json_each")));
        QVERIFY(sql->toPlainText().contains(
            QLatin1String("'rls_bypass_attempt'"))); // the bound value, shown

        // An SQL investigation runs in the console with its values bound.
        int bytes = -1;
        for (int i = 0; i < list->count(); ++i)
            bytes = list->item(i)->text().contains(QLatin1String("1,000,000")) ? i : bytes;
        list->setCurrentRow(bytes);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runInvestigationButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(view->consoleModel()->isComplete() && view->consoleModel()->rowCount() == 1);
        QCOMPARE(view->consoleModel()->data(view->consoleModel()->index(0, 0)).toString(),
                 m_plants.exfilTenantId);
    }

    void requestFromAnotherPane()
    {
        MainWindow w(m_settings, &m_secrets, m_clock);
        AuditView *view = openAudit(w);
        QVERIFY(view);
        emit w.navigator()->request(
            QStringLiteral("audit.query"),
            {{QStringLiteral("sql"),
              QStringLiteral("SELECT count(*) FROM audit_logs WHERE api_key_id = ?")},
             {QStringLiteral("params"), QVariantList{m_plants.leakedApiKeyId}}});
        QTRY_VERIFY(view->consoleModel()->isComplete() && view->consoleModel()->rowCount() == 1);
        QVERIFY(view->consoleModel()->data(view->consoleModel()->index(0, 0)).toInt() >= 240);
        QVERIFY(view->isVisible());
    }

    void scrollsPastThePixelLimit()
    {
        // 150 million rows of 28 px is 4.2 billion pixels: no 32-bit offset holds it.
        HugeModel model(150'000'000);
        AuditTableView view;
        view.resize(600, 400);
        view.setModel(&model);
        QList<QPair<int, int>> windows;
        view.setViewportCallback([&](int first, int count) { windows << qMakePair(first, count); });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.scrollBar()->maximum() > 149'000'000);
        // Only the rows on screen are ever read.
        QVERIFY(model.reads < 10'000);
        view.scrollBar()->setValue(view.scrollBar()->maximum());
        QTRY_COMPARE(view.table()->model()->index(0, 0).data().toInt(), view.topRow());
        QCOMPARE(view.topRow() + view.visibleRows(), 150'000'000);
        QCOMPARE(windows.last().first, view.topRow());
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view.topRow(), 0);
        QCOMPARE(view.currentRow(), 0);
        QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.currentRow(), 149'999'999);
        const int rowsShown = view.table()->model()->rowCount();
        QCOMPARE(view.table()->model()->index(rowsShown - 1, 0).data().toInt(), 149'999'999);
        QTest::keyClick(view.table(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(view.selectedRows(), (QList<int>{149'999'998, 149'999'999}));
        QVERIFY(model.reads < 100'000);
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
