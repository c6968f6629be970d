#pragma once

#include "document/cellref.h"
#include "money/money.h"
#include "document/classrowlists.h"
#include "models/tablegrid.h"

#include <QAbstractTableModel>
#include <QMetaObject>

class Document;

// One statutory table or supplementary sheet of a document as a grid, laid out like the
// official form (see TableGrid). Input cells are editable: setData() parses what the user
// typed and pushes an undo command; derived cells are read-only and explain their formula
// in their tooltip. Follows the document's changes cell by cell.
class TableFormModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        CellRefRole = Qt::UserRole + 1, // "T5.2010601.basic", empty outside value cells
        IsInputRole,                    // a cell the user can type into
        IsValueRole,                    // a value cell, input or derived
        FormulaRole,                    // how a derived cell is computed, empty for inputs
        RowKeyRole,                     // the row's key or classification code
        RowLevelRole,                   // 1 类, 2 款, 3 项, 0 for fixed rows
        HeaderPathRole,                 // header: column titles, outermost first
        LanciRole,                      // header: 栏次
        IsKnownRole,                    // false for a blank last-year or budget figure and what it feeds
        FundRole,                       // a 项 row of a table listing several funds: its fund's id
    };
    Q_ENUM(Roles)

    explicit TableFormModel(const QString &tableId, QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    const QString &tableId() const { return m_tableId; }
    const TableGrid &grid() const { return m_grid; }

    void setUnit(MoneyUnit unit);
    MoneyUnit unit() const { return m_unit; }
    int decimals() const;

    CellRef cellRef(const QModelIndex &index) const;
    QModelIndex indexOf(const CellRef &ref) const;
    // The line of a classification row, or -1.
    int rowForCode(const QString &code) const;
    bool isInput(const QModelIndex &index) const;
    // The cell's value as plain text in the current unit, without separators: for copying.
    QString plainText(const QModelIndex &index) const;
    // What a derived cell beyond the amount range shows instead of a number.
    static QString outOfRangeText();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An entry was not accepted; `message` says why, in the user's language.
    void entryRefused(const QModelIndex &index, const QString &message);

private:
    void rebuild();
    void onCellsChanged(const QList<CellRef> &cells);
    void refreshAll();
    QVariant valueData(const CellRef &ref, int role) const;
    QString nameText(const LayoutRow &row) const;
    // The fund of a 项 row in a table that lists several funds; nullptr elsewhere.
    const Fund *fundOf(const LayoutRow &row) const;

    QString m_tableId;
    Document *m_document = nullptr;
    TableGrid m_grid;
    QList<Fund> m_funds; // the funds the table lists, when it lists several
    MoneyUnit m_unit = MoneyUnit::Wanyuan;
    QList<QMetaObject::Connection> m_connections;
};
