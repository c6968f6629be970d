#include "document/document.h"

#include "commands/setcellvalue.h"
#include "document/documentlistener.h"
#include "history/historyrecorder.h"
#include "history/recordedcommand.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

Document::Document(std::shared_ptr<const ReportTemplate> reportTemplate, DocumentData data)
    : m_template(std::move(reportTemplate)), m_data(std::move(data)), m_undoStack(new QUndoStack(this))
{
    m_data.templateId = m_template->id();
}

Document::~Document() = default;

std::unique_ptr<Document> Document::create(std::shared_ptr<const ReportTemplate> reportTemplate, DocumentData data,
                                           QString *error)
{
    std::unique_ptr<Document> document(new Document(std::move(reportTemplate), std::move(data)));
    if (!document->rebuild(error))
        return nullptr;
    return document;
}

bool Document::rebuild(QString *error)
{
    auto layout = std::make_unique<SheetLayout>(*m_template, m_data.classRows);
    QString graphError;
    auto values = std::make_unique<Recalculator>(*layout, &graphError);
    if (!graphError.isEmpty()) {
        *error = QCoreApplication::translate("Document", "Template %1 cannot be used: %2")
                         .arg(m_template->id(), graphError);
        return false;
    }
    values->loadInputs(m_data.cells);
    m_layout = std::move(layout);
    m_values = std::move(values);
    return true;
}

void Document::setStore(std::unique_ptr<DocumentStore> store)
{
    m_store = std::move(store);
    m_history = m_store ? std::make_unique<HistoryRecorder>(*this) : nullptr;
}

bool Document::replaceHistory(const QList<HistoryEntry> &entries, QString *error)
{
    if (!m_store) {
        *error = QCoreApplication::translate("Document", "The document has no file to keep a history in.");
        return false;
    }
    if (!m_store->replaceHistory(entries, error))
        return false;
    m_data.history = entries;
    emit historyChanged();
    return true;
}

QString Document::filePath() const
{
    return m_store ? m_store->path() : QString();
}

void Document::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnlyReason = readOnly ? reason : QString();
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

QString Document::validate(const CellInput &input) const
{
    if (!m_layout->contains(input.ref))
        return QCoreApplication::translate("Document", "There is no cell %1.").arg(input.ref.toString());
    if (!m_layout->isInput(input.ref))
        return QCoreApplication::translate("Document", "This cell is computed and cannot be typed into.");
    if (input.value) {
        if (*input.value < 0 && !m_layout->allowsNegative(input.ref))
            return QCoreApplication::translate("Document", "A negative value is not allowed here.");
        if (*input.value > Money::LimitFen || *input.value < -Money::LimitFen)
            return QCoreApplication::translate("Document", "The value is too large.");
    }
    return QString();
}

bool Document::enterCell(const CellRef &ref, const QString &text, MoneyUnit unit, QString *error)
{
    CellInput input { ref, std::nullopt };
    if (m_layout->valueType(ref) == ValueType::Count) {
        const CountParseResult count = parseCount(text);
        if (!count.ok) {
            *error = count.error;
            return false;
        }
        if (!count.empty)
            input.value = count.value;
    } else {
        const MoneyParseResult amount = parseMoney(text, { unit, m_layout->allowsNegative(ref), true });
        if (!amount.ok) {
            *error = amount.error;
            return false;
        }
        if (!amount.empty)
            input.value = amount.value.fen();
    }
    *error = validate(input);
    if (!error->isEmpty())
        return false;
    if (m_readOnly) {
        *error = m_readOnlyReason.isEmpty() ? QCoreApplication::translate("Document", "The document is read-only.")
                                            : m_readOnlyReason;
        return false;
    }
    push(new SetCellValue(this, input));
    return true;
}

bool Document::push(QUndoCommand *command)
{
    if (m_readOnly) {
        delete command;
        return false;
    }
    m_undoStack->push(new RecordedCommand(this, command));
    return true;
}

void Document::addListener(DocumentListener *listener)
{
    m_listeners.append(listener);
}

void Document::removeListener(DocumentListener *listener)
{
    m_listeners.removeAll(listener);
}

void Document::write(StoreBatch batch)
{
    for (DocumentListener *listener : std::as_const(m_listeners))
        listener->documentCommitted(batch);
    if (!m_store)
        return;
    batch.history = m_history->record(batch);
    QString error;
    if (m_store->apply(&batch, &error)) {
        m_data.history.append(batch.history);
        if (!batch.history.isEmpty())
            emit historyChanged();
        emit saved();
        return;
    }
    const QString message = QCoreApplication::translate(
                                    "Document", "The last change could not be saved to %1: %2. The document is now "
                                                "read-only; save a copy to keep your work.")
                                    .arg(m_store->path(), error);
    setReadOnly(true, message);
    emit saveFailed(message);
}

void Document::applyInputs(const QList<CellInput> &inputs, QList<CellRef> *changed)
{
    QList<std::pair<int, std::optional<qint64>>> changes;
    for (const CellInput &input : inputs) {
        if (input.value)
            m_data.cells.insert(input.ref, *input.value);
        else
            m_data.cells.remove(input.ref);
        const int index = m_values->indexOf(input.ref);
        if (index >= 0)
            changes.append({ index, input.value });
    }
    for (const int index : m_values->applyInputs(changes))
        changed->append(m_values->cellAt(index));
}

void Document::setCellInputs(const QList<CellInput> &inputs)
{
    QList<CellRef> changed;
    applyInputs(inputs, &changed);
    // A cell that is set to the value it shows (0 typed into an empty cell) changes no figure,
    // but the view still has to show the typed value.
    for (const CellInput &input : inputs) {
        if (!changed.contains(input.ref))
            changed.append(input.ref);
    }
    // Views first, the disk after: the figures on screen follow the keystroke at once, and the
    // commit that makes the edit durable follows within the same turn of the event loop.
    emit cellsChanged(changed);
    write({ inputs, {}, {}, {}, {}, {}, {}, {} });
}

QList<CellInput> Document::rowInputs(const QString &sheet, const QString &code) const
{
    QList<CellInput> inputs;
    for (auto it = m_data.cells.constBegin(); it != m_data.cells.constEnd(); ++it) {
        if (it.key().sheet == sheet && it.key().row == code)
            inputs.append({ it.key(), it.value() });
    }
    std::sort(inputs.begin(), inputs.end(),
              [](const CellInput &a, const CellInput &b) { return a.ref.column < b.ref.column; });
    return inputs;
}

void Document::addClassRow(const QString &sheet, const QString &code, const QList<CellInput> &restoredCells)
{
    QStringList &codes = m_data.classRows[sheet];
    if (!codes.contains(code)) {
        codes.insert(std::lower_bound(codes.begin(), codes.end(), code), code);
    }
    for (const CellInput &input : restoredCells) {
        if (input.value)
            m_data.cells.insert(input.ref, *input.value);
    }
    QString error;
    if (!rebuild(&error))
        qFatal("%s", qPrintable(error)); // the template built before and only rows changed
    emit layoutChanged();
    write({ restoredCells, { { sheet, code } }, {}, {}, {}, {}, {}, {} });
}

void Document::removeClassRow(const QString &sheet, const QString &code)
{
    QList<CellInput> cleared = rowInputs(sheet, code);
    for (CellInput &input : cleared) {
        m_data.cells.remove(input.ref);
        input.value.reset();
    }
    m_data.classRows[sheet].removeAll(code);
    if (m_data.classRows[sheet].isEmpty())
        m_data.classRows.remove(sheet);
    QString error;
    if (!rebuild(&error))
        qFatal("%s", qPrintable(error));
    emit layoutChanged();
    write({ cleared, {}, { { sheet, code } }, {}, {}, {}, {}, {} });
}

void Document::setRowFund(const QString &code, const QString &fund)
{
    if (fund.isEmpty())
        m_data.rowFunds.remove(code);
    else
        m_data.rowFunds.insert(code, fund);
    emit rowFundChanged(code);
    StoreBatch batch;
    batch.rowFunds.append({ code, fund });
    write(batch);
}

void Document::setText(const QString &key, const QString &text)
{
    if (text.isEmpty())
        m_data.texts.remove(key);
    else
        m_data.texts.insert(key, text);
    emit textChanged(key);
    write({ {}, {}, {}, { { key, text } }, {}, {}, {}, {} });
}

void Document::setDepartment(const DepartmentInfo &department)
{
    m_data.department = department;
    emit departmentChanged();
    write({ {}, {}, {}, {}, department, {}, {}, {} });
}

void Document::insertProject(int index, const Project &project)
{
    m_data.projects.insert(index, project);
    emit projectInserted(index);
    write({ {}, {}, {}, {}, {}, m_data.projects, {}, {} });
}

void Document::removeProject(int index)
{
    m_data.projects.removeAt(index);
    emit projectRemoved(index);
    write({ {}, {}, {}, {}, {}, m_data.projects, {}, {} });
}

void Document::replaceProject(int index, const Project &project)
{
    m_data.projects[index] = project;
    emit projectChanged(index);
    write({ {}, {}, {}, {}, {}, m_data.projects, {}, {} });
}

void Document::replaceRollup(const DocumentData &rolledUp)
{
    QList<CellInput> cells;
    for (auto it = m_data.cells.constBegin(); it != m_data.cells.constEnd(); ++it) {
        if (!rolledUp.cells.contains(it.key()))
            cells.append({ it.key(), std::nullopt });
    }
    for (auto it = rolledUp.cells.constBegin(); it != rolledUp.cells.constEnd(); ++it) {
        if (m_data.cells.value(it.key(), it.value() + 1) != it.value())
            cells.append({ it.key(), it.value() });
    }
    const auto rowsOf = [](const QMap<QString, QStringList> &classRows) {
        QSet<std::pair<QString, QString>> rows;
        for (auto it = classRows.constBegin(); it != classRows.constEnd(); ++it) {
            for (const QString &code : it.value())
                rows.insert({ it.key(), code });
        }
        return rows;
    };
    const auto before = rowsOf(m_data.classRows);
    const auto after = rowsOf(rolledUp.classRows);
    StoreBatch batch { cells, QList(after.begin(), after.end()), {}, {}, rolledUp.department, rolledUp.projects,
                       rolledUp.rollup, {} };
    for (const auto &row : before) {
        if (!after.contains(row))
            batch.removedRows.append(row);
    }
    for (auto it = m_data.rowFunds.constBegin(); it != m_data.rowFunds.constEnd(); ++it) {
        if (!rolledUp.rowFunds.contains(it.key()))
            batch.rowFunds.append({ it.key(), QString() });
    }
    for (auto it = rolledUp.rowFunds.constBegin(); it != rolledUp.rowFunds.constEnd(); ++it)
        batch.rowFunds.append({ it.key(), it.value() });
    for (qsizetype i = m_data.projects.size() - 1; i >= 0; --i) {
        m_data.projects.removeAt(i);
        emit projectRemoved(int(i));
    }
    m_data.cells = rolledUp.cells;
    m_data.classRows = rolledUp.classRows;
    m_data.rowFunds = rolledUp.rowFunds;
    m_data.department = rolledUp.department;
    m_data.rollup = rolledUp.rollup;
    QString error;
    if (!rebuild(&error))
        qFatal("%s", qPrintable(error)); // the template built before and only rows changed
    emit layoutChanged();
    emit departmentChanged();
    for (qsizetype i = 0; i < rolledUp.projects.size(); ++i) {
        m_data.projects.append(rolledUp.projects.at(i));
        emit projectInserted(int(i));
    }
    emit rollupChanged();
    write(batch);
}

void Document::setSignoff(const SignoffRecord &record)
{
    m_data.signoff = record;
    emit signoffChanged();
    StoreBatch batch;
    batch.signoff = record;
    write(batch);
}
