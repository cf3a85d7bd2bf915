#pragma once

// Result<T>: a value or an Error. Storage, import and sync return these instead of throwing,
// so every caller must look at the outcome ([[nodiscard]]) and the UI can show the message.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace newsdesk {

enum class ErrorCode {
    InvalidInput,  // the caller or the user gave something we cannot use
    NotFound,  // no such article / revision / media item
    Ambiguous,  // an id prefix matches more than one item
    DatabaseNotFound,  // the store file does not exist (read-only open)
    NotADatabase,  // the file is not an SQLite database
    DatabaseCorrupt,  // SQLite reports corruption
    DatabaseReadOnly,  // file or directory not writable
    DatabaseLocked,  // another program holds the write lock
    DatabaseTooNew,  // written by a newer Newsdesk; refused, never modified
    DiskFull,  // SQLITE_FULL or a failed file write for lack of space
    IoError,  // any other file or SQLite I/O failure
    Internal,  // a bug: a query that should not fail did
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  // one line, translated, meant for the user
    QString detail;  // technical detail for logs (SQLite text); may be empty
};

template<typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) { }  // NOLINT: implicit by design
    Result(Error error) : m_state(std::move(error)) { }  // NOLINT: implicit by design

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    // The value, or `fallback` when this holds an error (for callers with a sensible default).
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }  // NOLINT: implicit by design

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error {code, std::move(message), std::move(detail)};
}

}  // namespace newsdesk
