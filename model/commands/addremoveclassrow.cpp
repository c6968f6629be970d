#include "commands/addremoveclassrow.h"

#include "commands/cellwording.h"
#include "document/classrowlists.h"
#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString codeName(const Document *document, const QString &code)
{
    return code + QLatin1Char(' ') + document->reportTemplate().functionalBook().name(code);
}

QString addText(const Document *document, const QStringList &sheets, const QString &code)
{
    QStringList names;
    for (const QString &sheet : sheets)
        names.append(CellWording::tableName(document->layout(), sheet));
    return QCoreApplication::translate("UndoCommands", "Add %1 to %2")
            .arg(codeName(document, code), names.join(QCoreApplication::translate("UndoCommands", ", ")));
}

QString removeText(const Document *document, const QStringList &sheets, const QString &code)
{
    QStringList names;
    for (const QString &sheet : sheets)
        names.append(CellWording::tableName(document->layout(), sheet));
    return QCoreApplication::translate("UndoCommands", "Remove %1 from %2")
            .arg(codeName(document, code), names.join(QCoreApplication::translate("UndoCommands", ", ")));
}

QStringList missingFrom(const Document *document, const QStringList &sheets, const QString &code)
{
    QStringList missing;
    for (const QString &sheet : sheets) {
        if (!document->data().classRows.value(sheet).contains(code))
            missing.append(sheet);
    }
    return missing;
}

} // namespace

AddRemoveClassRow::AddRemoveClassRow(Document *document, const QString &sheet, const QString &code,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_sheet(sheet), m_code(code)
{
}

void AddRemoveClassRow::addRow()
{
    m_document->addClassRow(m_sheet, m_code, m_values);
}

void AddRemoveClassRow::removeRow()
{
    m_values = m_document->rowInputs(m_sheet, m_code);
    m_document->removeClassRow(m_sheet, m_code);
}

AddClassRow::AddClassRow(Document *document, const QString &sheet, const QString &code, QUndoCommand *parent)
    : AddRemoveClassRow(document, sheet, code, addText(document, { sheet }, code), parent)
{
}

RemoveClassRow::RemoveClassRow(Document *document, const QString &sheet, const QString &code, QUndoCommand *parent)
    : AddRemoveClassRow(document, sheet, code, removeText(document, { sheet }, code), parent)
{
}

SetRowFund::SetRowFund(Document *document, const QString &code, const QString &fund, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_code(code)
    , m_fund(fund)
    , m_previous(document->data().rowFunds.value(code))
{
}

void SetRowFund::undo()
{
    m_document->setRowFund(m_code, m_previous);
}

void SetRowFund::redo()
{
    m_document->setRowFund(m_code, m_fund);
}

AddClassRows::AddClassRows(Document *document, const QString &sheet, const QString &code, const QString &fund)
{
    const ReportTemplate &reportTemplate = document->reportTemplate();
    const QString filed = fund.isEmpty() ? ClassRowLists::suggestedFund(reportTemplate, document->data(), sheet, code)
                                         : fund;
    const QStringList tables = missingFrom(
            document, filed.isEmpty() ? QStringList { sheet } : ClassRowLists::tablesListing(reportTemplate, sheet, filed),
            code);
    setText(addText(document, tables, code));
    if (!filed.isEmpty() && document->data().rowFunds.value(code) != filed)
        new SetRowFund(document, code, filed, this);
    for (const QString &table : tables)
        new AddClassRow(document, table, code, this);
}

RemoveClassRows::RemoveClassRows(Document *document, const QStringList &sheets, const QString &code)
{
    QStringList tables;
    for (const QString &sheet : sheets) {
        if (document->data().classRows.value(sheet).contains(code))
            tables.append(sheet);
    }
    setText(removeText(document, tables, code));
    for (const QString &table : tables)
        new RemoveClassRow(document, table, code, this);
    const QMap<QString, QStringList> &rows = document->data().classRows;
    const bool listedElsewhere = std::any_of(rows.keyBegin(), rows.keyEnd(), [&](const QString &table) {
        return !tables.contains(table) && rows.value(table).contains(code);
    });
    if (!listedElsewhere && document->data().rowFunds.contains(code))
        new SetRowFund(document, code, QString(), this);
}
