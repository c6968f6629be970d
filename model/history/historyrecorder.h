#pragma once

#include "document/documentdata.h"
#include "history/historyentry.h"

#include <QList>
#include <QString>

class Document;
struct StoreBatch;

// Turns each batch the document writes into history entries: compares the batch with the
// inputs as they were last written, names every change in the user's words and stamps it
// with who, when and how (edit, undo, redo; a review step or a signature done or redone is an
// approval).
class HistoryRecorder {
public:
    explicit HistoryRecorder(const Document &document);

    // The name entries are recorded under; an empty name falls back to the system user.
    void setUser(const QString &user);
    const QString &user() const { return m_user; }
    // The login name from the environment (USER, or USERNAME on Windows).
    static QString systemUser();

    // Set by RecordedCommand around each edit, undo and redo, so that its entries say which.
    void setAction(HistoryEntry::Kind kind, const QString &action);
    void clearAction();

    // The entries for `batch`, which the document is about to write; the recorder then takes
    // the batch's values as the ones last written.
    QList<HistoryEntry> record(const StoreBatch &batch);

private:
    void recordDepartment(const DepartmentInfo &department, QList<HistoryEntry> *entries);
    void recordProjects(const QList<Project> &projects, QList<HistoryEntry> *entries);
    void recordSignoff(const SignoffRecord &signoff, QList<HistoryEntry> *entries);
    HistoryEntry entry(HistoryEntry::Scope scope, const QString &target, const QString &subject) const;
    QString textTitle(const QString &key) const;

    const Document &m_document;
    QString m_user;
    HistoryEntry::Kind m_kind = HistoryEntry::Kind::Edit;
    QString m_action;
    QDateTime m_now;
    // The inputs as last written: where the old side of every entry comes from.
    QHash<CellRef, qint64> m_cells;
    QMap<QString, QString> m_texts;
    DepartmentInfo m_department;
    QList<Project> m_projects;
    SignoffRecord m_signoff;
};
