#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace ic {

// What went wrong, phrased for the person who has to act on it.
struct Error
{
    enum class Kind {
        General,
        NotAWorkspace, // the file or database is not one of ours
        NewerVersion,  // written by a newer Incident Commander
        AuthFailed,    // the server refused the credentials
        Unreachable,   // no connection to the server
        Conflict,      // someone else changed the record first
        NotFound,
        InvalidInput,
        KeychainLocked,
        KeychainUnavailable,
        Cancelled,
        Queued,           // kept on this workstation; sent when the database is back
        PermissionDenied, // the server refused: the person lacks the role for it
    };

    Kind kind = Kind::General;
    QString message; // what happened, what was not changed, what to do
    QString detail;  // technical detail (driver text), safe to show, never a secret

    static Error make(Kind kind, QString message, QString detail = {})
    {
        return Error{kind, std::move(message), std::move(detail)};
    }
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral("\n\n") + detail;
    }
};

// A value or an Error. No exceptions cross the event loop.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Result<void> success()
{
    return {};
}

} // namespace ic

// Errors travel in signals (queued across threads, checked by moc).
Q_DECLARE_METATYPE(ic::Error)
