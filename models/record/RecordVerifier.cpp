#include "models/record/RecordVerifier.h"

#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace ic::RecordVerifier {

EventCheck checkEvents(const QList<RecordEvent> &events, const QHash<QString, PublicKey> &keys,
                       int threads)
{
    EventCheck out;
    const qsizetype n = events.size();
    out.leaves.resize(size_t(n));
    // One parsed key per signer, shared by the threads (read-only use).
    QHash<QString, std::shared_ptr<Ed25519Verifier>> verifiers;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        verifiers.insert(it.key(), std::make_shared<Ed25519Verifier>(it.value()));
    enum class State : char { Good, Unsigned, Unknown, Bad };
    std::vector<State> state(size_t(n), State::Good);

    auto work = [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const RecordEvent &e = events[i];
            const QByteArray signedBytes = EventEncoding::signedBytes(e);
            out.leaves[size_t(i)] =
                Merkle::leafHash(EventEncoding::leafData(signedBytes, e.signature));
            if (e.signer.isEmpty()) {
                state[size_t(i)] = State::Unsigned;
                continue;
            }
            const auto v = verifiers.constFind(e.signer);
            if (v == verifiers.constEnd()) {
                state[size_t(i)] = State::Unknown;
                continue;
            }
            if (!v.value()->verify(signedBytes, e.signature))
                state[size_t(i)] = State::Bad;
        }
    };
    int t = threads > 0 ? threads : qMax(1, QThread::idealThreadCount());
    if (n < 256)
        t = 1;
    if (t == 1) {
        work(0, n);
    } else {
        // Blocks handed out as threads ask, so a core that another process
        // slows down does less of the work; this thread is one of them.
        constexpr qsizetype block = 512;
        std::atomic<qsizetype> next{0};
        auto take = [&] {
            for (qsizetype b = next.fetch_add(block); b < n; b = next.fetch_add(block))
                work(b, qMin(n, b + block));
        };
        std::vector<std::thread> pool;
        for (int k = 1; k < t; ++k)
            pool.emplace_back(take);
        take();
        for (auto &th : pool)
            th.join();
    }
    for (qsizetype i = 0; i < n; ++i) {
        switch (state[size_t(i)]) {
        case State::Good:
            break;
        case State::Unsigned:
            out.unsignedEvents << int(i);
            break;
        case State::Unknown:
            out.unknownSigner << int(i);
            break;
        case State::Bad:
            out.badSignature << int(i);
            break;
        }
    }
    return out;
}

Merkle::Hash rootOf(const std::vector<Merkle::Hash> &leaves)
{
    if (leaves.empty())
        return Merkle::emptyRoot();
    // A right-edge stack of complete subtrees (at most 64), folded at the end.
    std::vector<std::pair<int, Merkle::Hash>> stack;
    for (const Merkle::Hash &leaf : leaves) {
        int level = 0;
        Merkle::Hash h = leaf;
        while (!stack.empty() && stack.back().first == level) {
            h = Merkle::nodeHash(stack.back().second, h);
            stack.pop_back();
            ++level;
        }
        stack.push_back({level, h});
    }
    Merkle::Hash h = stack.back().second;
    for (size_t i = stack.size() - 1; i-- > 0;)
        h = Merkle::nodeHash(stack[i].second, h);
    return h;
}

} // namespace ic::RecordVerifier
