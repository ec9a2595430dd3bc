// Both themes, measured on what is painted: banners (also after switching
// the theme while one is shown), check boxes and radio buttons, and the
// timeline's chart keep WCAG contrast ratios: 4.5:1 for text, 3:1 for the
// edges of controls and for marks. The escalation graph has its own test.
#include "models/timeline/TimelineModel.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace ic;

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour in `rect` of `image` that stands out most from `against`, and
// by how much: the text of a label, the edge of a box.
std::pair<QColor, double> strongest(const QImage &image, const QRect &rect, const QColor &against)
{
    QColor best = against;
    double ratio = 1;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double k = contrast(c, against);
            if (k > ratio) {
                ratio = k;
                best = c;
            }
        }
    }
    return {best, ratio};
}

// The most common colour in `rect`: the background there.
QColor background(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

QString describe(const char *what, const QColor &fg, const QColor &bg, double ratio, double min)
{
    return QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
        .arg(QLatin1String(what), fg.name(), bg.name())
        .arg(ratio, 0, 'f', 2)
        .arg(min);
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT
private slots:
    void themes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Settings::Theme::Light);
        QTest::newRow("dark") << int(Settings::Theme::Dark);
    }

    // Each kind of banner in a main window, shown in the other theme first
    // and switched from the event loop, the way the View menu does it (the
    // Dark theme once showed white text on the Light theme's pale blue).
    // Measured on the window as it is composed on screen.
    void banners_data() { themes_data(); }
    void banners()
    {
        QFETCH(int, theme);
        const auto target = Settings::Theme(theme);
        const auto other =
            target == Settings::Theme::Dark ? Settings::Theme::Light : Settings::Theme::Dark;
        for (const bool switched : {false, true}) {
            Theme::apply(switched ? other : target);
            QMainWindow window;
            auto *central = new QWidget(&window);
            auto *layout = new QVBoxLayout(central);
            QList<MessageBanner *> banners;
            for (auto kind : {MessageBanner::Kind::Info, MessageBanner::Kind::Warning,
                              MessageBanner::Kind::Error}) {
                auto *b =
                    new MessageBanner(&window); // as MainWindow does: reparented by the layout
                layout->addWidget(b);
                b->show(kind, QStringLiteral("Created the demo workspace: 200,000 audit-log rows "
                                             "and “quoted” text"));
                banners << b;
            }
            layout->addWidget(new QCheckBox(QStringLiteral("Known"), central));
            window.setCentralWidget(central);
            window.resize(700, 300);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (switched) {
                QTimer::singleShot(0, &window, [target] { Theme::apply(target); });
                QTest::qWait(100);
            }
            QCOMPARE(Theme::isDark(window.palette()), target == Settings::Theme::Dark);
            const QImage shot = window.grab().toImage();
            for (MessageBanner *b : std::as_const(banners)) {
                auto *text = b->findChild<QLabel *>(QStringLiteral("messageBannerText"));
                const QRect textRect(text->mapTo(&window, QPoint(0, 0)), text->size());
                const QColor bg = background(shot, textRect);
                const auto [fg, ratio] = strongest(shot, textRect, bg);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(describe(switched ? "banner text, switched" : "banner text", fg,
                                             bg, ratio, 4.5)));
                // A dark theme has dark banners, a light one light banners.
                QVERIFY2((luminance(bg) < 0.2) == (target == Settings::Theme::Dark),
                         qPrintable(bg.name()));
            }
        }
    }

    // The edge of an unchecked box and the mark of a checked one can be
    // seen: 3:1 against what is around them.
    void checkBoxesAndRadios_data() { themes_data(); }
    void checkBoxesAndRadios()
    {
        QFETCH(int, theme);
        Theme::apply(Settings::Theme(theme));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *unchecked = new QCheckBox(QStringLiteral("Known"), &window);
        auto *checked = new QCheckBox(QStringLiteral("Known"), &window);
        checked->setChecked(true);
        auto *radio = new QRadioButton(QStringLiteral("From now"), &window);
        radio->setChecked(true);
        auto *radioOff = new QRadioButton(QStringLiteral("From detection"), &window);
        for (QWidget *w : {static_cast<QWidget *>(unchecked), static_cast<QWidget *>(checked),
                           static_cast<QWidget *>(radio), static_cast<QWidget *>(radioOff)})
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor windowColor = window.palette().color(QPalette::Window);
        for (QAbstractButton *b :
             {static_cast<QAbstractButton *>(unchecked), static_cast<QAbstractButton *>(checked),
              static_cast<QAbstractButton *>(radio), static_cast<QAbstractButton *>(radioOff)}) {
            const QImage shot = b->grab().toImage();
            QStyleOptionButton o;
            o.initFrom(b);
            const bool isRadio = qobject_cast<QRadioButton *>(b) != nullptr;
            const QRect indicator = b->style()->subElementRect(
                isRadio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &o, b);
            QVERIFY(!indicator.isEmpty());
            // The edge against the window around the box.
            const auto [edge, edgeRatio] = strongest(shot, indicator, windowColor);
            QVERIFY2(edgeRatio >= 3.0,
                     qPrintable(describe("control edge", edge, windowColor, edgeRatio, 3.0)));
            if (b->isChecked()) {
                // The mark against the inside of the box.
                const QRect inner = indicator.adjusted(3, 3, -3, -3);
                const QColor fill = background(shot, inner);
                const auto [mark, markRatio] = strongest(shot, inner, fill);
                QVERIFY2(markRatio >= 3.0,
                         qPrintable(describe("check mark", mark, fill, markRatio, 3.0)));
            }
        }
    }

    // The timeline's chart: axis and lane text, the now label, deadline
    // labels; each drawn label stands out from what is under it.
    void timelineChart_data() { themes_data(); }
    void timelineChart()
    {
        QFETCH(int, theme);
        Theme::apply(Settings::Theme(theme));
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view(&model, &filter);
        view.resize(1000, 320);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<IncidentEvent> events;
        for (int i = 0; i < 30; ++i) {
            IncidentEvent e;
            e.id = i + 1;
            e.seq = i + 1;
            e.kind = QStringLiteral("note");
            e.actor = i % 2 ? QStringLiteral("alex") : QStringLiteral("detection");
            e.occurredAt = now.addSecs(-3600 + i * 100);
            events << e;
        }
        model.setEvents(QStringLiteral("x"), events);
        view.setNow(now);
        TimelineMarker due;
        due.at = now.addSecs(-1800);
        due.label = QStringLiteral("Legal: 3 steps due");
        TimelineMarker met;
        met.at = now.addSecs(-3000);
        met.label = QStringLiteral("Containment: 2 steps due, 2 settled");
        met.met = true;
        view.setMarkers({due, met});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitAll();
        view.viewport()->repaint();
        const QImage shot = view.viewport()->grab().toImage();
        QSet<int> kinds;
        for (const auto &l : view.paintedLabels()) {
            if (l.text.isEmpty())
                continue; // an icon alone
            const QColor bg = background(shot, l.rect);
            const auto [fg, ratio] = strongest(shot, l.rect, bg);
            // Met deadlines are quieter on purpose, still readable.
            const bool quiet = l.kind == TimelineView::PaintedLabel::Kind::Marker &&
                               l.text.contains(QLatin1String("settled"));
            const double min = quiet ? 3.0 : 4.5;
            QVERIFY2(ratio >= min, qPrintable(describe(qPrintable(l.text), fg, bg, ratio, min)));
            kinds.insert(int(l.kind));
        }
        for (auto k :
             {TimelineView::PaintedLabel::Kind::Lane, TimelineView::PaintedLabel::Kind::Now,
              TimelineView::PaintedLabel::Kind::Marker})
            QVERIFY(kinds.contains(int(k)));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
