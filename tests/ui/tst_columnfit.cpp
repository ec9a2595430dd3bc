// ColumnFit shares a list's width among its columns: each gets what it
// holds, the named columns give way in order when there is no room, the fill
// column takes the rest, and once the person drags a column's edge the
// widths are theirs: a list that changes every second (the incident list's
// countdowns) must not snap the dragged column back.
#include "ui/ColumnFit.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ic;

class TestColumnFit : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<QStandardItemModel> model()
    {
        auto m = std::make_unique<QStandardItemModel>(20, 4);
        m->setHorizontalHeaderLabels({QStringLiteral("ID"), QStringLiteral("Title"),
                                      QStringLiteral("Detected"), QStringLiteral("Commander")});
        for (int r = 0; r < 20; ++r) {
            m->setItem(
                r, 0,
                new QStandardItem(QStringLiteral("INC-2026-%1").arg(r, 3, 10, QLatin1Char('0'))));
            m->setItem(r, 1, new QStandardItem(QStringLiteral("Admin session from a new country")));
            m->setItem(r, 2, new QStandardItem(QStringLiteral("2026-12-07 23:41 CET")));
            m->setItem(r, 3, new QStandardItem(QStringLiteral("Alex Example-Longname")));
        }
        return m;
    }

    static int shownWidth(const QTableView &view)
    {
        int sum = 0;
        for (int c = 0; c < view.model()->columnCount(); ++c)
            if (!view.horizontalHeader()->isSectionHidden(c))
                sum += view.horizontalHeader()->sectionSize(c);
        return sum;
    }

private slots:
    void fillsTheWidthAndGivesWayInOrder()
    {
        auto m = model();
        QTableView view;
        view.setModel(m.get());
        ColumnFit fit(&view, view.horizontalHeader(), 1, {{3, 0}, {2, 0}});
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        fit.fit();
        QVERIFY(fit.squeezedOut().isEmpty());
        QCOMPARE(shownWidth(view), view.viewport()->width()); // the title takes the rest

        // Too narrow for all: the commander goes first, then the detection time.
        view.resize(view.horizontalHeader()->sectionSize(0) +
                        view.horizontalHeader()->sectionSizeHint(1) + 120,
                    400);
        QTRY_VERIFY(fit.squeezedOut().contains(3));
        QVERIFY(view.horizontalHeader()->isSectionHidden(3));
        // Room again: back.
        view.resize(1200, 400);
        QTRY_VERIFY(fit.squeezedOut().isEmpty());
        QVERIFY(!view.horizontalHeader()->isSectionHidden(3));
    }

    void aDraggedColumnKeepsItsWidth()
    {
        auto m = model();
        QTableView view;
        view.setModel(m.get());
        ColumnFit fit(&view, view.horizontalHeader(), 1, {{3, 0}});
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        fit.fit();
        QHeaderView *header = view.horizontalHeader();
        const int fitted = header->sectionSize(2);

        // Set by the program (a restore, a fit) while no button is down: fitted again.
        header->resizeSection(2, fitted + 150);
        m->item(0, 0)->setText(QStringLiteral("INC-2026-100")); // a change of the model
        QTRY_COMPARE(header->sectionSize(2), fitted);
        QVERIFY(!fit.sizedByHand());

        // The person drags the edge: the button is down on the header.
        const QPoint edge(header->sectionViewportPosition(2) + header->sectionSize(2) - 1,
                          header->height() / 2);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        header->resizeSection(2, fitted + 150);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge);
        QVERIFY(fit.sizedByHand());
        // A second later the list ticks, and the window is resized: it stays.
        m->item(0, 0)->setText(QStringLiteral("INC-2026-101"));
        QTest::qWait(50);
        view.resize(1000, 400);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(2), fitted + 150);
    }
};

QTEST_MAIN(TestColumnFit)
#include "tst_columnfit.moc"
