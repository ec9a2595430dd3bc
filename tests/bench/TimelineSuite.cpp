// timeline.*: an incident with 100,000 events — time from asking for its
// events to the first painted lanes (its newest events and its span), to all
// of them painted, and frame times while zooming and panning.
#include "Bench.h"

#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineModel.h"
#include "models/timeline/TimelineStore.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextStream>

namespace ic::bench {

int runTimeline(const Options &options)
{
    QTextStream err(stderr);
    const int events = options.rows > 0 ? int(options.rows) : 100'000;
    QTemporaryDir dir;
    const QString path =
        options.sqlite.isEmpty() ? dir.filePath(QStringLiteral("timeline.icw")) : options.sqlite;
    const QString name = QStringLiteral("bench-timeline");
    QString incidentId;
    {
        auto info = Workspace::open(ConnectionSpec::sqlite(path), {}, name, Clock::system().now());
        if (!info) {
            err << info.error().fullText() << '\n';
            return 1;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
        NewIncident n;
        n.title = QStringLiteral("Busy incident");
        n.detectedAt = start;
        auto inc = IncidentRepository(db, start).create(n, QStringLiteral("detection"));
        if (!inc) {
            err << inc.error().fullText() << '\n';
            return 1;
        }
        incidentId = inc->id;
        const char *actors[] = {"alex", "sam", "detection", "system", "priya", "rule:spike"};
        const char *kinds[] = {"note", "incident.updated", "checklist.tick", "action.succeeded",
                               "manual"};
        auto filled = Db::transaction(db, [&]() -> Result<void> {
            for (int i = 1; i < events; ++i) {
                EventDraft d;
                d.incidentId = incidentId;
                d.actor = QString::fromLatin1(actors[i % 6]);
                d.kind = QString::fromLatin1(kinds[i % 5]);
                d.summary = QStringLiteral("event %1").arg(i);
                d.occurredAt = start.addMSecs(qint64(i) * 6048);
                if (auto e = EventLog::append(db, d, d.occurredAt); !e)
                    return e.error();
            }
            return success();
        });
        if (!filled) {
            err << filled.error().fullText() << '\n';
            return 1;
        }
    }
    Db::close(name);
    err << "timeline: " << events << " events written\n";

    SqlExecutor executor(ConnectionSpec::sqlite(path), QStringLiteral("bench"));
    TimelineStore store(&executor, Clock::system(), QStringLiteral("bench"));
    QList<double> firstPaint;
    QList<double> allPaint;
    QList<double> frames;
    for (int run = 0; run < options.runs + 1; ++run) {
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view(&model, &filter);
        view.resize(1400, 500);
        view.setNow(QDateTime::currentDateTimeUtc());
        view.show();
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        double first = -1;
        // As the timeline pane shows an incident it opens: the newest events
        // first, then all of them.
        const auto show = [&](const QList<IncidentEvent> &loaded, const char *what) {
            const double queried = double(t.nsecsElapsed()) / 1e6;
            model.setEvents(incidentId, loaded);
            const double modelled = double(t.nsecsElapsed()) / 1e6;
            view.viewport()->repaint();
            const double painted = double(t.nsecsElapsed()) / 1e6;
            if (first < 0)
                first = painted;
            err << "timeline run " << run << ": " << what << " " << loaded.size()
                << " events: read by " << queried << " ms, model " << (modelled - queried)
                << " ms, painted at " << painted << " ms\n";
            err.flush();
        };
        QObject::connect(
            &store, &TimelineStore::previewed, &loop,
            [&](const QString &, const QList<IncidentEvent> &loaded) { show(loaded, "newest"); });
        QObject::connect(&store, &TimelineStore::loaded, &loop,
                         [&](const QString &, const QList<IncidentEvent> &loaded) {
                             show(loaded, "all");
                             loop.quit();
                         });
        store.load(incidentId, TimelineStore::Load::PreviewFirst);
        loop.exec();
        QObject::disconnect(&store, nullptr, &loop, nullptr);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (run == 0)
            continue; // warm-up
        firstPaint << first;
        allPaint << ms;
        // Zoom in from all to minutes and back out, then pan, repainting each frame.
        for (int i = 0; i < 60; ++i) {
            QElapsedTimer f;
            f.start();
            if (i < 25)
                view.zoomBy(0.7);
            else if (i < 50)
                view.zoomBy(1.0 / 0.7);
            else {
                QKeyEvent left(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
                QApplication::sendEvent(&view, &left);
            }
            view.viewport()->repaint();
            frames << double(f.nsecsElapsed()) / 1e6;
        }
    }
    report(QStringLiteral("timeline.first_paint_ms"), median(firstPaint), QStringLiteral("ms"));
    report(QStringLiteral("timeline.all_painted_ms"), median(allPaint), QStringLiteral("ms"));
    report(QStringLiteral("timeline.frame_p99_ms"), percentile(frames, 0.99), QStringLiteral("ms"));
    report(QStringLiteral("timeline.frame_median_ms"), median(frames), QStringLiteral("ms"));
    return 0;
}

} // namespace ic::bench
