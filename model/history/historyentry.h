#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One recorded change of one cell or item: who, when, what in the user's words, and old → new.
struct HistoryEntry {
    // How the change came about. Approvals are review steps and signatures, done or redone;
    // compacting keeps them.
    enum class Kind { Edit, Undo, Redo, Summary, Approval };
    // What the entry is about; `target` names it within its scope: a review section's id
    // ("table:T5"), a signature's role, a comment's target ("cell:T5.2010101.basic").
    enum class Scope { Cell, Row, Text, Department, Project, Review, Signature, Comment };

    qint64 id = 0; // increasing in the order of recording
    QDateTime at; // UTC
    QString user;
    Kind kind = Kind::Edit;
    QString action; // the undo text of the edit ("Edit text", "Paste 12 cells")
    Scope scope = Scope::Cell;
    QString target; // CellRef::toString(), "table.code", a text key, a project id, a field
    QString subject; // the target in business words: table · row · column, a text's title
    std::optional<qint64> oldValue; // fen or a count; none for an empty cell
    std::optional<qint64> newValue;
    QString oldText; // for texts and named items; empty otherwise
    QString newText;

    bool operator==(const HistoryEntry &) const = default;

    bool hasValues() const { return scope == Scope::Cell; }
    // The section the entry belongs to: a table or sheet id, a text key, "department" or a
    // project id: what the history view filters by.
    QString section() const;
    // A review step, a signature or a comment: part of the review record, not of the content.
    bool isReview() const { return scope == Scope::Review || scope == Scope::Signature || scope == Scope::Comment; }

    // Stable names for files and the interchange format.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString scopeKey(Scope scope);
    static std::optional<Scope> scopeFromKey(const QString &key);
    // The kind in the user's language ("修改", "撤销"…).
    static QString kindName(Kind kind);
    // Times are stored as ISO 8601 in UTC with milliseconds ("2026-12-01T02:50:00.123Z").
    static QString timeKey(const QDateTime &at);
    static QDateTime timeFromKey(const QString &key);
};
