// The signed record of this workspace: the person's key signs every event,
// and the log is checked against the kept checkpoints at open and after a
// loss (an alarm if it was rewritten).
#include "models/session/WorkspaceSession.h"

#include "models/core/Clock.h"
#include "models/evidence/SigningKeyVault.h"
#include "models/record/CheckpointStore.h"
#include "models/record/MemberKeys.h"
#include "models/record/PersonKey.h"
#include "models/record/RecordWatch.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#include <QPointer>
#include <QTimer>

#include <future>

namespace ic {

// One answer per open, given or abandoned once (both on the session's thread).
struct WorkspaceSession::KeyAnswer
{
    std::promise<std::shared_ptr<const Ed25519Signer>> promise;
    bool answered = false;

    void give(std::shared_ptr<const Ed25519Signer> signer)
    {
        if (!std::exchange(answered, true))
            promise.set_value(std::move(signer));
    }
    void abandon()
    {
        if (!std::exchange(answered, true))
            promise.set_exception(
                std::make_exception_ptr(std::future_error(std::future_errc::broken_promise)));
    }
};

WorkspaceSession::PendingSigner WorkspaceSession::obtainKeyAlongside()
{
    // A reviewer profile records its review comments, signed like any event;
    // only a read-only open (verify-record) records nothing. Without a key
    // (no keychain) the workspace opens, and refuses to record
    // (EventLog::append says why).
    if (m_keyObtained || m_options.readOnly || !m_secrets)
        return {};
    // Given on this thread when the keychain answers (m_recordSigner
    // first), or abandoned when the session goes before.
    m_keyAnswer = std::make_shared<KeyAnswer>();
    PendingSigner pending = m_keyAnswer->promise.get_future().share();
    obtainSigner([this, answer = m_keyAnswer] { answer->give(m_recordSigner); });
    return pending;
}

void WorkspaceSession::abandonKeyAnswer()
{
    if (m_keyAnswer)
        m_keyAnswer->abandon();
}

void WorkspaceSession::obtainSigner(std::function<void()> then)
{
    m_keyObtained = true;
    // The person's key, made in the keychain on first use: it signs every
    // event and checkpoint of this session.
    QPointer<WorkspaceSession> self(this);
    signingKeys()->obtain([self, then = std::move(then)](const Result<QByteArray> &pem) {
        if (!self)
            return;
        if (pem) {
            auto signer = Ed25519Signer::fromPem(pem.value());
            if (signer)
                self->m_recordSigner =
                    std::shared_ptr<const Ed25519Signer>(std::move(signer.value()));
        }
        then();
    });
}

std::function<bool(QSqlDatabase &)> WorkspaceSession::signOnOpen(PendingSigner pending) const
{
    const std::shared_ptr<const Ed25519Signer> known = m_recordSigner;
    const QString actor = m_identity.actor;
    const QDateTime now = m_clock.now().toUTC();
    const bool mayRecord = !m_options.readOnly;
    return [pending, known, actor, now, mayRecord](QSqlDatabase &db) {
        std::shared_ptr<const Ed25519Signer> signer = known;
        if (pending.valid()) {
            // The keychain answers on the session's thread, which never
            // waits for this job (it may ask the person to unlock it).
            try {
                signer = pending.get();
            } catch (const std::future_error &) {
                return false; // the session closed before the keychain answered
            }
        }
        if (!signer || !mayRecord)
            return true;
        // Registered once (the server names the login and the time); a key
        // the server refuses (a login with no role) signs nothing here.
        if (MemberKeys::registerOwn(db, signer->publicKey(), actor, now))
            EventLog::setSigner(db.connectionName(), signer);
        return true;
    };
}

void WorkspaceSession::setCheckpointDelay(int ms)
{
    if (!m_keepCheckpoint) {
        m_keepCheckpoint = new QTimer(this);
        m_keepCheckpoint->setSingleShot(true);
        connect(m_keepCheckpoint, &QTimer::timeout, this, [this] { checkRecord(false); });
    }
    m_keepCheckpoint->setInterval(ms);
}

void WorkspaceSession::startRecord()
{
    // A read-only open (verify-record, export tools) checks the record its
    // own way, or not at all: nothing is signed, kept or recorded.
    if (m_options.readOnly)
        return;
    if (!m_keepCheckpoint)
        setCheckpointDelay(2000);
    // Every change the stores or the change feed report may have appended
    // events; once an alarm stands, the kept checkpoint must not move.
    connect(this, &WorkspaceSession::incidentChanged, m_keepCheckpoint, [this] {
        if (!m_recordRewritten)
            m_keepCheckpoint->start();
    });
    if (m_profile.readOnly || !m_secrets || m_keyObtained) {
        checkRecord();
        return;
    }
    obtainSigner([this] { checkRecord(); });
}

void WorkspaceSession::checkRecord(bool everyLeaf)
{
    SqlExecutor *executor = storeExecutor();
    if (!executor || !m_open)
        return;
    if (m_checkingRecord) {
        m_checkAgain = true;
        m_checkAgainEveryLeaf = m_checkAgainEveryLeaf || everyLeaf;
        return;
    }
    m_checkingRecord = true;
    const std::shared_ptr<const Ed25519Signer> signer = m_recordSigner;
    const QString workspaceId = info().workspaceId;
    const QString actor = m_identity.actor;
    const QDateTime now = m_clock.now().toUTC();
    const bool mayWrite = !m_options.readOnly && !m_profile.readOnly;
    const QString directory = m_checkpointDirectory.isEmpty() ? CheckpointStore::defaultDirectory()
                                                              : m_checkpointDirectory;
    executor->run<RecordCheck>(
        [=](QSqlDatabase &db) -> Result<RecordCheck> {
            if (signer && mayWrite) {
                // Registered once (the server names the login and the time);
                // a key the server refuses leaves events unsigned.
                if (MemberKeys::registerOwn(db, signer->publicKey(), actor, now))
                    EventLog::setSigner(db.connectionName(), signer);
            }
            CheckpointStore kept(directory);
            return RecordWatch::check(db, workspaceId, kept, mayWrite ? signer.get() : nullptr,
                                      actor, now, mayWrite, everyLeaf);
        },
        this,
        [this](Result<RecordCheck> r) {
            m_checkingRecord = false;
            if (std::exchange(m_checkAgain, false) && !m_recordRewritten) {
                if (std::exchange(m_checkAgainEveryLeaf, false))
                    QTimer::singleShot(0, this, [this] { checkRecord(true); });
                else if (m_keepCheckpoint)
                    m_keepCheckpoint->start();
            }
            if (!r) {
                emit recordChecked(false, r.error().fullText());
                return;
            }
            if (r->rewritten) {
                m_recordRewritten = true;
                emit recordRewritten(r->message);
                emit incidentChanged(QString()); // the alarm is on the timelines
            }
            emit recordChecked(r->rewritten, r->message);
        });
}

} // namespace ic
