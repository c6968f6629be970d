#pragma once

#include "audit/finding.h"

#include <QDockWidget>

class AuditRunner;
class Document;
class FindingsModel;
class QLabel;
class QLineEdit;
class QTreeView;

// The audit dock: the document's findings grouped by severity and section, kept current while
// the user edits; double-clicking a finding asks to show where it points, and a warning's
// explanation (出错说明) is edited here and stored in the document as an undoable text.
class AuditDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AuditDock(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // A text checked besides the document's own (for instance last year's 情况说明).
    void setExternalText(const QString &text);
    AuditRunner *runner() const { return m_runner; }
    FindingsModel *model() const { return m_model; }

signals:
    // The user asked to see where a finding points; the first location is the main one.
    void locationActivated(const FindingLocation &location, const QList<FindingLocation> &all);
    // After every recomputation: how many errors and unexplained warnings there are.
    void findingsCountChanged(int errors, int warnings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFindings();
    void showCurrent();
    void activate(const QModelIndex &index);
    void commitExplanation();
    const Finding *currentFinding() const;
    // A reason the narrative quotes ("reason.…", "use.…"), as opposed to an 出错说明.
    bool isReasonKey(const QString &key) const;
    void retranslate();

    AuditRunner *m_runner;
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_detail;
    QLabel *m_explanationLabel;
    QLineEdit *m_explanation;
    Finding m_editing; // the finding whose explanation the field shows
};
