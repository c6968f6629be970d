#pragma once

#include "history/historyentry.h"
#include "money/money.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

class Document;

// The document's change history as a table, newest first: when, who, how, what, old → new.
// Filtered to the whole document, some sections, one cell, or the review steps, signatures and
// comments (审签).
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, KindColumn, SubjectColumn, OldColumn, NewColumn, ColumnCount };
    enum Roles { EntryIdRole = Qt::UserRole, RestorableRole };

    // Which entries are listed. A section ends in '.' to match every section it begins
    // ("project." for all projects).
    struct Filter {
        enum class Mode { Document, Sections, Cell, Review };
        Mode mode = Mode::Document;
        QStringList sections;
        QString cell; // CellRef::toString()
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setUnit(MoneyUnit unit);

    const HistoryEntry &entryAt(int row) const;
    bool accepts(const HistoryEntry &entry) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString valueText(const HistoryEntry &entry, bool old) const;

    QPointer<Document> m_document;
    Filter m_filter;
    MoneyUnit m_unit = MoneyUnit::Wanyuan;
    QList<qsizetype> m_rows; // indexes into the document's history, newest first
};
