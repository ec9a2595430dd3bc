#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ic {

// A notification being written: draft → reviewed (by someone who did not
// write it) → sent (frozen). Its text lives in versions.
struct NotificationDraft
{
    enum class State { Draft, Reviewed, Sent };

    QString id;
    QString incidentId;
    QString templateId;
    QString templateName;
    QString clockRuleId; // the clock it answers; may be empty
    State state = State::Draft;
    int latestVersion = 0;
    QDateTime createdAt;
    QString createdBy;
    int reviewedVersion = 0;
    QDateTime reviewedAt;
    QString reviewedBy;
    int sentVersion = 0;
    QDateTime sentAt;
    QString sentBy;
    QString delayReasons;
    int version = 0; // row version

    bool isFrozen() const { return state == State::Sent; }

    static QString stateCode(State s); // "draft", "reviewed", "sent"
    static std::optional<State> stateFromCode(const QString &code);
    static QString stateLabel(State s); // translated
};

// One saved version of a draft's text.
struct DraftVersion
{
    int version = 0;
    QString recipients; // "a@example.org, Name <b@example.org>"
    QString subject;
    QString body; // Markdown
    QDateTime savedAt;
    QString savedBy;
};

// What someone typed into a draft and has not saved as a version yet.
struct UnsavedDraft
{
    QString recipients;
    QString subject;
    QString body;
    int baseVersion = 0;
    QDateTime updatedAt;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::NotificationDraft)
Q_DECLARE_METATYPE(ic::DraftVersion)
