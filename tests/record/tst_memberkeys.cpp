// Members' signing keys and the record's checkpoints on a team workspace,
// attacked from raw libpq sessions as real logins: a login registers only
// its own key (the server computes its fingerprint), only an admin confirms,
// the append function refuses an unsigned event and one signed by anyone's
// key but the caller's own, and nobody writes the keys, the checkpoints or the log
// directly. Then the superuser swaps a member's public key for the
// attacker's: the verifier no longer accepts the member's events.
#include "PqSession.h"
#include "TeamFixture.h"
#include "WorkspaceFixture.h"
#include "models/evidence/Signing.h"
#include "models/record/MemberKeys.h"
#include "models/record/RecordVerifier.h"
#include "models/timeline/EventLog.h"

#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

// A fresh Ed25519 key, as the keychain would make it.
std::shared_ptr<Ed25519Signer> freshSigner()
{
    auto pair = Signing::generateEd25519();
    if (!pair)
        return nullptr;
    auto s = Ed25519Signer::fromPem(pair->privatePem);
    return s ? std::shared_ptr<Ed25519Signer>(std::move(s.value())) : nullptr;
}

QString hex(const QByteArray &b)
{
    return QStringLiteral("\\x") + QString::fromLatin1(b.toHex());
}

QString appendSigned(const QString &signer, const QString &signatureHex)
{
    return QStringLiteral("SELECT ic_append_event('inc1', h.next_seq, h.leaf_index, now(), "
                          "h.recorded_at, NULL, 'note', 'signed', '{}', false, NULL, h.prev_hash, "
                          "'abc', %1, %2, sha256('x')) FROM ic_event_head('inc1') h")
        .arg(signer.isEmpty() ? QStringLiteral("NULL")
                              : QLatin1Char('\'') + signer + QLatin1Char('\''),
             signatureHex.isEmpty() ? QStringLiteral("NULL")
                                    : QStringLiteral("'%1'::bytea").arg(signatureHex));
}

const QString AnySignature = QStringLiteral("\\x") + QString(128, QLatin1Char('a'));

} // namespace

class TestMemberKeys : public QObject
{
    Q_OBJECT

    TeamFixture m_team;
    std::shared_ptr<Ed25519Signer> m_responderKey;
    std::shared_ptr<Ed25519Signer> m_adminKey;

    QString registerKey(const QString &login, const Ed25519Signer &key)
    {
        auto s = m_team.session(login);
        return s->value(
            QStringLiteral("SELECT ic_register_key('%1'::bytea)").arg(hex(key.publicKey().raw)));
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.createWorkspace(QStringLiteral("keys")));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("resp_k"), {QStringLiteral("responder")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("admin_k"), {QStringLiteral("admin")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("view_k"), {QStringLiteral("viewer")}));
        m_responderKey = freshSigner();
        m_adminKey = freshSigner();
        QVERIFY(m_responderKey && m_adminKey);
        QVERIFY(m_team.session(QStringLiteral("resp_k"))
                    ->run(QStringLiteral("INSERT INTO ic_incidents (id, ref, title, severity, "
                                         "status, detected_at, created_at, created_by, "
                                         "updated_at, updated_by) VALUES ('inc1', 'INC-1', "
                                         "'Leak', 2, 'open', now(), now(), '', now(), '')"))
                    .ok);
    }

    void aLoginRegistersOnlyItsOwnKey()
    {
        // The server computes the fingerprint: it is the one the app computes.
        QCOMPARE(registerKey(QStringLiteral("resp_k"), *m_responderKey),
                 m_responderKey->publicKey().fingerprint);
        QCOMPARE(registerKey(QStringLiteral("admin_k"), *m_adminKey),
                 m_adminKey->publicKey().fingerprint);
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT login FROM ic_member_keys WHERE fingerprint = "
                                          "'%1'")
                               .arg(m_responderKey->publicKey().fingerprint)),
                 QStringLiteral("resp_k"));
        // Registering the admin's key as one's own is refused.
        auto resp = m_team.session(QStringLiteral("resp_k"));
        auto stolen = resp->run(QStringLiteral("SELECT ic_register_key('%1'::bytea)")
                                    .arg(hex(m_adminKey->publicKey().raw)));
        QVERIFY(!stolen.ok);
        QCOMPARE(stolen.sqlState, QStringLiteral("42501"));
        // Nobody writes the table directly: not for themselves, not for others.
        for (const QString &sql :
             {QStringLiteral("INSERT INTO ic_member_keys (fingerprint, login, public_key, "
                             "registered_at) VALUES ('SHA256:%1', 'admin_k', '\\x%2', now())")
                  .arg(QString(64, QLatin1Char('0')), QString(64, QLatin1Char('1'))),
              QStringLiteral("UPDATE ic_member_keys SET login = 'resp_k'"),
              QStringLiteral("UPDATE ic_member_keys SET confirmed_at = now()"),
              QStringLiteral("DELETE FROM ic_member_keys"),
              QStringLiteral("TRUNCATE ic_member_keys")}) {
            auto r = resp->run(sql);
            QVERIFY2(!r.ok, qPrintable(sql));
            QCOMPARE(r.sqlState, QStringLiteral("42501"));
        }
        // A bad key is refused with a reason.
        auto bad = resp->run(QStringLiteral("SELECT ic_register_key('\\x0102'::bytea)"));
        QVERIFY(!bad.ok);
        QVERIFY(bad.message.contains(QLatin1String("32 bytes")));
    }

    void onlyAnAdminConfirms()
    {
        const QString fp = m_responderKey->publicKey().fingerprint;
        auto byResponder = m_team.session(QStringLiteral("resp_k"))
                               ->run(QStringLiteral("SELECT ic_confirm_key('%1')").arg(fp));
        QVERIFY(!byResponder.ok);
        QCOMPARE(byResponder.sqlState, QStringLiteral("42501"));
        auto byAdmin = m_team.session(QStringLiteral("admin_k"))
                           ->run(QStringLiteral("SELECT ic_confirm_key('%1')").arg(fp));
        QVERIFY2(byAdmin.ok, qPrintable(byAdmin.message));
        QCOMPARE(m_team.superuser()->value(
                     QStringLiteral("SELECT confirmed_by FROM ic_member_keys WHERE fingerprint "
                                    "= '%1'")
                         .arg(fp)),
                 QStringLiteral("admin_k"));
    }

    void appendRefusesAnySignerButTheCallersOwnKey()
    {
        auto resp = m_team.session(QStringLiteral("resp_k"));
        auto others = resp->run(appendSigned(m_adminKey->publicKey().fingerprint, AnySignature));
        QVERIFY(!others.ok);
        QCOMPARE(others.sqlState, QStringLiteral("42501"));
        QVERIFY2(others.message.contains(QLatin1String("not a registered, unrevoked key of "
                                                       "resp_k")),
                 qPrintable(others.message));
        auto unknown = resp->run(
            appendSigned(QStringLiteral("SHA256:") + QString(64, QLatin1Char('e')), AnySignature));
        QVERIFY(!unknown.ok);
        auto halfSigned = resp->run(appendSigned(m_responderKey->publicKey().fingerprint, {}));
        QVERIFY(!halfSigned.ok);
        const QString before =
            m_team.superuser()->value(QStringLiteral("SELECT count(*) FROM ic_incident_events"));
        QCOMPARE(before, QStringLiteral("0"));
        auto own = resp->run(appendSigned(m_responderKey->publicKey().fingerprint, AnySignature));
        QVERIFY2(own.ok, qPrintable(own.message));
        // A revoked key signs nothing more.
        QVERIFY(resp->run(QStringLiteral("SELECT ic_revoke_key('%1')")
                              .arg(m_responderKey->publicKey().fingerprint))
                    .ok);
        auto revoked =
            resp->run(appendSigned(m_responderKey->publicKey().fingerprint, AnySignature));
        QVERIFY(!revoked.ok);
        QCOMPARE(revoked.sqlState, QStringLiteral("42501"));
        // Someone else cannot revoke the admin's key.
        auto revokeOthers = resp->run(
            QStringLiteral("SELECT ic_revoke_key('%1')").arg(m_adminKey->publicKey().fingerprint));
        QVERIFY(!revokeOthers.ok);
    }

    void unsignedEventsAreRefused()
    {
        // A responder's raw session appends an event with no signature at
        // all: the server refuses it, whatever the client would have claimed.
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("resp_u"), {QStringLiteral("responder")}));
        auto resp = m_team.session(QStringLiteral("resp_u"));
        auto su = m_team.superuser();
        const QString before = su->value(QStringLiteral("SELECT count(*) FROM ic_incident_events"));
        auto bare = resp->run(appendSigned({}, {}));
        QVERIFY(!bare.ok);
        QCOMPARE(bare.sqlState, QStringLiteral("42501"));
        QVERIFY2(bare.message.contains(QLatin1String("not signed")), qPrintable(bare.message));
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM ic_incident_events")), before);
        // A key registered, not yet confirmed by an admin, signs: an incident
        // does not wait for the admin (verify-record names such events).
        auto key = freshSigner();
        QVERIFY(key);
        QCOMPARE(registerKey(QStringLiteral("resp_u"), *key), key->publicKey().fingerprint);
        QCOMPARE(su->value(QStringLiteral("SELECT confirmed_at IS NULL FROM ic_member_keys WHERE "
                                          "login = 'resp_u'")),
                 QStringLiteral("t"));
        auto awaiting = resp->run(appendSigned(key->publicKey().fingerprint, AnySignature));
        QVERIFY2(awaiting.ok, qPrintable(awaiting.message));

        // Through the app: a connection of this login without a signer is
        // refused before anything is written, with a reason; with the
        // person's key it records, signed.
        auto db = TestWorkspaces::connect(m_team.spec(QStringLiteral("resp_u")),
                                          QStringLiteral("keys-unsigned"));
        IC_VERIFY_OK(db);
        QSqlDatabase c = db.value();
        EventDraft d;
        d.incidentId = QStringLiteral("inc1");
        d.kind = QStringLiteral("note");
        d.summary = QStringLiteral("Unsigned attempt");
        const QString count = su->value(QStringLiteral("SELECT count(*) FROM ic_incident_events"));
        auto refused = EventLog::append(c, d, QDateTime::currentDateTimeUtc());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("no signing key")),
                 qPrintable(refused.error().fullText()));
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM ic_incident_events")), count);
        EventLog::setSigner(c.connectionName(), key);
        d.summary = QStringLiteral("Signed");
        auto recorded = EventLog::append(c, d, QDateTime::currentDateTimeUtc());
        EventLog::setSigner(c.connectionName(), nullptr);
        IC_VERIFY_OK(recorded);
        QCOMPARE(recorded->signer, key->publicKey().fingerprint);
        QCOMPARE(su->value(QStringLiteral("SELECT signer FROM ic_incident_events WHERE id = %1")
                               .arg(recorded->id)),
                 key->publicKey().fingerprint);
        c = QSqlDatabase();
        Db::close(QStringLiteral("keys-unsigned"));
    }

    void nobodyWritesCheckpointsButInTheirOwnName()
    {
        auto admin = m_team.session(QStringLiteral("admin_k"));
        const QString fp = m_adminKey->publicKey().fingerprint;
        for (const QString &sql :
             {QStringLiteral("INSERT INTO ic_record_checkpoints (size, root, note, signer, "
                             "created_by, created_at) VALUES (0, sha256('x'), 'x', '%1', "
                             "'admin_k', now())")
                  .arg(fp),
              QStringLiteral("DELETE FROM ic_record_checkpoints"),
              QStringLiteral("UPDATE ic_record_nodes SET hash = sha256('y')"),
              QStringLiteral("UPDATE ic_record_head SET size = 0")}) {
            auto r = admin->run(sql);
            QVERIFY2(!r.ok, qPrintable(sql));
            QCOMPARE(r.sqlState, QStringLiteral("42501"));
        }
        auto asOther = admin->run(QStringLiteral("SELECT ic_add_checkpoint(1, sha256('x'), 'n', "
                                                 "'%1')")
                                      .arg(m_responderKey->publicKey().fingerprint));
        QVERIFY(!asOther.ok);
        QCOMPARE(asOther.sqlState, QStringLiteral("42501"));
        auto beyond = admin->run(
            QStringLiteral("SELECT ic_add_checkpoint(1000, sha256('x'), 'n', '%1')").arg(fp));
        QVERIFY(!beyond.ok);
        auto own = admin->run(
            QStringLiteral("SELECT ic_add_checkpoint(1, sha256('x'), 'n', '%1')").arg(fp));
        QVERIFY2(own.ok, qPrintable(own.message));
        QCOMPARE(m_team.superuser()->value(QStringLiteral("SELECT created_by FROM "
                                                          "ic_record_checkpoints")),
                 QStringLiteral("admin_k"));
        // A viewer has no key: it stores nothing.
        auto viewer = m_team.session(QStringLiteral("view_k"));
        QVERIFY(
            !viewer
                 ->run(
                     QStringLiteral("SELECT ic_add_checkpoint(1, sha256('x'), 'n', '%1')").arg(fp))
                 .ok);
        // Only admins adopt legacy events.
        auto adopt = m_team.session(QStringLiteral("resp_k"))
                         ->run(QStringLiteral("SELECT ic_adopt_legacy_event(1, 1, sha256('x'))"));
        QVERIFY(!adopt.ok);
        QCOMPARE(adopt.sqlState, QStringLiteral("42501"));
    }

    void keyChangesAreInTheWorkspaceRecord()
    {
        // resp_k registered its key, admin_k confirmed it, resp_k revoked it:
        // each is kept with who did it (the server's session_user).
        const QString fp = m_responderKey->publicKey().fingerprint;
        QCOMPARE(m_team.superuser()->value(
                     QStringLiteral("SELECT string_agg(operation || ' by ' || changed_by, ', ' "
                                    "ORDER BY id) FROM ic_workspace_record WHERE subject = "
                                    "'member keys' AND item = '%1'")
                         .arg(fp)),
                 QStringLiteral("added by resp_k, changed by admin_k, changed by resp_k"));
    }

    void swappedPublicKeyIsCaught()
    {
        // The admin records a properly signed event through the app.
        auto db = TestWorkspaces::connect(m_team.spec(QStringLiteral("admin_k")),
                                          QStringLiteral("keys-admin"));
        IC_VERIFY_OK(db);
        QSqlDatabase c = db.value();
        EventLog::setSigner(c.connectionName(), m_adminKey);
        EventDraft d;
        d.incidentId = QStringLiteral("inc1");
        d.kind = QStringLiteral("note");
        d.summary = QStringLiteral("Contained at 10:05");
        auto e = EventLog::append(c, d, QDateTime::currentDateTimeUtc());
        IC_VERIFY_OK(e);
        QCOMPARE(e->signer, m_adminKey->publicKey().fingerprint);
        QCOMPARE(e->actor, QStringLiteral("admin_k"));
        EventLog::setSigner(c.connectionName(), nullptr);
        auto origin = EventLog::logOrigin(c);
        IC_VERIFY_OK(origin);
        auto verifyAll = [&]() {
            auto keys = MemberKeys::checked(c);
            QHash<QString, PublicKey> byFp;
            for (auto it = keys->keys.cbegin(); it != keys->keys.cend(); ++it)
                byFp.insert(it.key(), it.value().key);
            auto events = EventLog::logEvents(c);
            QList<RecordEvent> records;
            for (const IncidentEvent &ev : events.value())
                if (ev.id == e->id)
                    records << EventLog::recordEvent(ev, origin.value());
            return std::pair{RecordVerifier::checkEvents(records, byFp), keys->problems};
        };
        {
            auto [check, problems] = verifyAll();
            QVERIFY(check.badSignature.isEmpty() && check.unknownSigner.isEmpty());
            QVERIFY(problems.isEmpty());
        }
        // The insider swaps the admin's public key for one they hold, and the
        // fingerprint with it: the admin's events are by an unknown key now.
        auto attacker = freshSigner();
        auto su = m_team.superuser();
        QVERIFY(su->run(QStringLiteral("UPDATE ic_member_keys SET fingerprint = '%1', public_key "
                                       "= '%2'::bytea WHERE login = 'admin_k'")
                            .arg(attacker->publicKey().fingerprint, hex(attacker->publicKey().raw)))
                    .ok);
        {
            auto [check, problems] = verifyAll();
            QCOMPARE(check.unknownSigner.size(), 1);
        }
        // Only the key, keeping the fingerprint: the row itself is refused.
        QVERIFY(su->run(QStringLiteral("UPDATE ic_member_keys SET fingerprint = '%1' WHERE login "
                                       "= 'admin_k'")
                            .arg(m_adminKey->publicKey().fingerprint))
                    .ok);
        {
            auto [check, problems] = verifyAll();
            QCOMPARE(problems.size(), 1);
            QCOMPARE(check.unknownSigner.size(), 1);
        }
        c = QSqlDatabase();
        Db::close(QStringLiteral("keys-admin"));
    }
};

QTEST_GUILESS_MAIN(TestMemberKeys)
#include "tst_memberkeys.moc"
