#pragma once

#include "document/cellref.h"
#include "evaluation/projectform.h"
#include "history/historyentry.h"
#include "money/money.h"
#include "signoff/signoffrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The kind of a budget unit: 行政, 参公 (参照公务员法管理) or 事业.
enum class UnitKind { Administrative, CivilServiceManaged, Institution };

// One unit whose accounts make up the department's (the 样张's 决算单位构成 table).
struct BudgetUnit
{
    QString name;
    UnitKind kind = UnitKind::Administrative;
    bool merged = false; // 预算不单列，并入本级

    bool operator==(const BudgetUnit &) const = default;

    // 机关运行经费 is the 公用经费 of 行政 and 参公 units only.
    bool countsForOperations() const { return kind != UnitKind::Institution; }
    // "上海市XX中心，事业，并入本级": the one-line form the department editor edits.
    QString toLine() const;
    static std::optional<BudgetUnit> fromLine(const QString &line, QString *error);
};

// Who the disclosure belongs to.
struct DepartmentInfo
{
    using Kind = UnitKind;

    QString name;
    QString code;
    int year = 0;
    QDate published; // 公开日期, the day the disclosure is published; null while not yet known
    QList<BudgetUnit> units; // the department's own unit (本级) first, then its 下属单位

    bool operator==(const DepartmentInfo &) const = default;

    // The department's own unit's kind (行政 when no unit is listed yet).
    Kind kind() const { return units.isEmpty() ? Kind::Administrative : units.constFirst().kind; }
    // Sets the own unit's kind, listing the own unit (名称（本级）) first if it is missing.
    void setKind(Kind kind);
    bool hasOperationsUnits() const;

    static QString kindName(Kind kind); // 行政 / 参公 / 事业
    static std::optional<Kind> kindFromName(const QString &name);
};

// One unit file a rolled-up (汇总) department document was made from, and what it contributed.
struct RollupSource
{
    QString path;        // absolute, as given when rolling up
    QString contentHash; // of the unit's inputs (RollupHash), to notice a changed file
    BudgetUnit unit;     // the unit's name and kind, as its own document gave them
    bool main = false;   // the 本级 document, whose texts the department took
    QHash<CellRef, qint64> cells; // the unit's input values, each as it was added

    bool operator==(const RollupSource &) const = default;
};

// The provenance of a rolled-up document: its sources and what the roll-up itself took off
// (internal transfers eliminated), so that every figure can be traced to the units' figures.
struct RollupRecord
{
    QList<RollupSource> sources;
    QHash<CellRef, qint64> eliminated; // the amount taken off each input cell (positive)

    bool isEmpty() const { return sources.isEmpty(); }
    bool operator==(const RollupRecord &) const = default;
};

// Every input of one disclosure; derived figures are computed, never stored here.
struct DocumentData
{
    QString templateId;
    DepartmentInfo department;
    QHash<CellRef, qint64> cells;          // input cells that hold a value (fen, or a count)
    QMap<QString, QStringList> classRows; // table id → its 项 codes, sorted
    QMap<QString, QString> rowFunds;      // 项 code → the fund it was filed under (a rowLists id)
    QMap<QString, QString> texts;
    QList<Project> projects;
    QStringList notes;
    RollupRecord rollup; // empty unless the document was rolled up from unit documents
    QList<HistoryEntry> history; // the change history, oldest first
    SignoffRecord signoff; // review states, comments and signatures

    qint64 nextProjectId() const;
};

// One input cell's new content; no value means the cell is cleared.
struct CellInput
{
    CellRef ref;
    std::optional<qint64> value;
};
