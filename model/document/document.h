#pragma once

#include "document/documentdata.h"
#include "document/recalculator.h"
#include "profile/reporttemplate.h"
#include "document/sheetlayout.h"

#include <QObject>

#include <memory>

class DocumentListener;
class DocumentStore;
class HistoryRecorder;
class QUndoCommand;
class QUndoStack;
struct StoreBatch;

// One disclosure: one department, one year. Owns the inputs, the values of every derived
// figure, the undo stack and, once saved, the store it writes every edit through to. Undo
// commands change it only through the mutators below, which emit the change signals.
class Document : public QObject
{
    Q_OBJECT

public:
    // Fails (nullptr, `error` set) when the template's formulas cannot be built.
    static std::unique_ptr<Document> create(std::shared_ptr<const ReportTemplate> reportTemplate, DocumentData data,
                                            QString *error);
    ~Document() override;

    const ReportTemplate &reportTemplate() const { return *m_template; }
    const DocumentData &data() const { return m_data; }
    const SheetLayout &layout() const { return *m_layout; }
    const Recalculator &values() const { return *m_values; }
    qint64 value(const CellRef &ref) const { return m_values->value(ref); }
    Money money(const CellRef &ref) const { return Money::fromFen(value(ref)); }
    // A derived figure beyond the amount range: an error to show, not a number.
    bool isOutOfRange(const CellRef &ref) const { return m_values->isOutOfRange(ref); }
    // False for a blank last-year or budget figure, and for every figure computed from one.
    bool isKnown(const CellRef &ref) const { return m_values->isKnown(ref); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Attaches the file the document lives in; from then on every edit is written through.
    void setStore(std::unique_ptr<DocumentStore> store);
    DocumentStore *store() const { return m_store.get(); }
    // Records every write in the file's change history; there is one once a store is attached.
    HistoryRecorder *history() const { return m_history.get(); }
    // Replaces the change history (compacting): not an edit, so not undoable; no input changes.
    bool replaceHistory(const QList<HistoryEntry> &entries, QString *error);
    QString filePath() const;

    bool isReadOnly() const { return m_readOnly; }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(bool readOnly, const QString &reason = QString());

    // Parses `text` as the user typed it (in `unit` for amounts) and, if it is a valid value for
    // that input cell, pushes the edit. Otherwise returns false with a message for the user.
    bool enterCell(const CellRef &ref, const QString &text, MoneyUnit unit, QString *error);
    // Checks a new value for an input cell: that the cell is an input, and its sign.
    QString validate(const CellInput &input) const;
    // Pushes a command unless the document is read-only (then the command is discarded).
    bool push(QUndoCommand *command);

    // Mutators, for undo commands.
    void setCellInputs(const QList<CellInput> &inputs);
    void addClassRow(const QString &sheet, const QString &code, const QList<CellInput> &restoredCells);
    void removeClassRow(const QString &sheet, const QString &code);
    // Files a 科目 under a fund (a rowLists id) in the tables that list several; empty forgets it.
    void setRowFund(const QString &code, const QString &fund);
    void setText(const QString &key, const QString &text);
    void setDepartment(const DepartmentInfo &department);
    void insertProject(int index, const Project &project);
    void removeProject(int index);
    void replaceProject(int index, const Project &project);
    // A re-roll (汇总): the figures, rows, units, projects and provenance of `rolledUp` replace
    // the document's, in one write; the texts stay as the user edited them.
    void replaceRollup(const DocumentData &rolledUp);
    // Review states, comments and signatures: a review step replaces the whole record.
    void setSignoff(const SignoffRecord &record);

    // Listeners are told of every committed edit (see DocumentListener); they are not owned.
    void addListener(DocumentListener *listener);
    void removeListener(DocumentListener *listener);

    // The stored inputs of one classification row, for restoring it after removal.
    QList<CellInput> rowInputs(const QString &sheet, const QString &code) const;

signals:
    void cellsChanged(const QList<CellRef> &cells);
    void layoutChanged();
    void rowFundChanged(const QString &code);
    void textChanged(const QString &key);
    void departmentChanged();
    void projectInserted(int index);
    void projectRemoved(int index);
    void projectChanged(int index);
    void saved();
    void saveFailed(const QString &message);
    void readOnlyChanged(bool readOnly);
    void rollupChanged();
    void historyChanged();
    void signoffChanged();

private:
    Document(std::shared_ptr<const ReportTemplate> reportTemplate, DocumentData data);
    bool rebuild(QString *error);
    void write(StoreBatch batch);
    void applyInputs(const QList<CellInput> &inputs, QList<CellRef> *changed);

    std::shared_ptr<const ReportTemplate> m_template;
    DocumentData m_data;
    std::unique_ptr<SheetLayout> m_layout;
    std::unique_ptr<Recalculator> m_values;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<HistoryRecorder> m_history;
    QList<DocumentListener *> m_listeners;
    QUndoStack *m_undoStack;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};
