#pragma once

#include "audit/finding.h"

#include <QDockWidget>
#include <QPointer>

class AuditRunner;
class Document;
class FindingsModel;
class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QTreeView;

// The audit dock: the document's findings grouped by severity and section, kept current while
// the user edits; double-clicking a finding asks to show where it points, and a warning's
// explanation (出错说明) is edited here and stored in the document as an undoable text. A
// finding's context menu (or Shift+F2, Ctrl+Shift+F2) asks for a comment on it or for its
// comments, and the findings show the comments the document holds on them.
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
    QTreeView *view() const { return m_view; }
    QAction *addCommentAction() const { return m_addComment; }
    QAction *showCommentsAction() const { return m_showComments; }
    // Shows the dock with the finding a comment is about selected (or the comment, when the
    // finding no longer occurs).
    void showCommentTarget(const QString &target);
    // The context menu of the row at `pos` in the view's viewport; returns it (for tests).
    QMenu *showMenu(const QPoint &pos);

signals:
    // The user asked to see where a finding points; the first location is the main one.
    void locationActivated(const FindingLocation &location, const QList<FindingLocation> &all);
    // After every recomputation: how many errors and unexplained warnings there are.
    void findingsCountChanged(int errors, int warnings);
    // The user asked to comment on a finding (`target` is its comment key, `title` its message),
    // or to see the comments on it (also one that no longer occurs).
    void commentRequested(const QString &target, const QString &title);
    void commentsRequested(const QString &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFindings();
    void showCurrent();
    void activate(const QModelIndex &index);
    void commitExplanation();
    void showComments();
    void updateActions();
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
    QAction *m_addComment;
    QAction *m_showComments;
    QPointer<Document> m_document; // whose comments the findings show
    Finding m_editing; // the finding whose explanation the field shows
};
