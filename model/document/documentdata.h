#pragma once

#include "document/cellref.h"
#include "evaluation/projectform.h"
#include "money/money.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Who the disclosure belongs to.
struct DepartmentInfo
{
    enum class Kind { Administrative, CivilServiceManaged, Institution };

    QString name;
    QString code;
    Kind kind = Kind::Administrative;
    int year = 0;
    QStringList units; // the 二级预算单位 whose accounts make up the department's

    bool operator==(const DepartmentInfo &) const = default;

    static QString kindName(Kind kind); // 行政 / 参公 / 事业
    static std::optional<Kind> kindFromName(const QString &name);
};

// Every input of one disclosure; derived figures are computed, never stored here.
struct DocumentData
{
    QString templateId;
    DepartmentInfo department;
    QHash<CellRef, qint64> cells;          // input cells that hold a value (fen, or a count)
    QMap<QString, QStringList> classRows; // table id → its 项 codes, sorted
    QMap<QString, QString> texts;
    QList<Project> projects;
    QStringList notes;

    qint64 nextProjectId() const;
};

// One input cell's new content; no value means the cell is cleared.
struct CellInput
{
    CellRef ref;
    std::optional<qint64> value;
};
