// The escalation graph in the light and the dark theme: text, paths and
// overdue marks keep enough contrast against what they are drawn on (WCAG
// ratios), and the dark theme really draws on a dark background.
#include "models/escalation/EscalationPolicy.h"
#include "ui/Theme.h"
#include "ui/escalation/EscalationGraphView.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

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
} // namespace

class TestEscalationTheme : public QObject
{
    Q_OBJECT
private slots:
    void readableInEachTheme_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Settings::Theme::Light);
        QTest::newRow("dark") << int(Settings::Theme::Dark);
    }

    void readableInEachTheme()
    {
        QFETCH(int, theme);
        Theme::apply(Settings::Theme(theme));
        const bool dark = Settings::Theme(theme) == Settings::Theme::Dark;
        QCOMPARE(Theme::isDark(QApplication::palette()), dark);

        EscalationGraphView view;
        view.resize(900, 700);
        QSignalSpy laidOut(&view, &EscalationGraphView::layoutFinished);
        view.setPolicy(*EscalationPolicies::findBuiltIn(EscalationPolicies::securityTeamName()));
        view.show();
        QVERIFY(laidOut.wait(20000));
        QVERIFY(laidOut.first().first().toBool());

        const EscalationGraphStyle &s = view.graphStyle();
        const auto check = [](const char *what, const QColor &fg, const QColor &bg, double min) {
            const double c = contrast(fg, bg);
            QVERIFY2(c >= min, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
                                              .arg(QLatin1String(what), fg.name(), bg.name())
                                              .arg(c, 0, 'f', 2)
                                              .arg(min)));
        };
        check("text", s.text, s.base, 4.5);
        check("text on the lit path", s.text, s.pathFill, 4.5);
        check("secondary text", s.dimText, s.base, 3.0);
        check("path", s.path, s.base, 3.0);
        check("overdue", s.overdue, s.base, 3.0);
        check("ok", s.ok, s.base, 3.0);

        // What is on screen: a dark theme paints a dark picture, a light one a light picture.
        const QImage shot = view.grab().toImage();
        double sum = 0;
        int n = 0;
        for (int y = 0; y < shot.height(); y += 7) {
            for (int x = 0; x < shot.width(); x += 7) {
                sum += luminance(shot.pixelColor(x, y));
                ++n;
            }
        }
        const double mean = sum / std::max(1, n);
        QVERIFY2(dark ? mean < 0.2 : mean > 0.6, qPrintable(QString::number(mean)));
    }
};

QTEST_MAIN(TestEscalationTheme)
#include "tst_escalationtheme.moc"
