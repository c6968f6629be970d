#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class Document;
struct Finding;
class QLabel;
class QPushButton;
class QTreeWidget;
class ReviewTracker;
enum class ReviewState;

// The review panel beside the editor: every section with its review state, who set it, when
// and the comment; the comments on sections, cells and findings, which can be resolved; and
// the signatures with whether each still covers what it signed. Every button is one undoable
// review step, refused with a message where it happened.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    // Null when no document is open.
    void setTracker(ReviewTracker *tracker);
    // The name review steps are recorded under (setting 姓名, --user, else the system's user).
    void setUser(const QString &name);
    // Roles a signature can be given, from the profile.
    void setRoles(const QStringList &roles);
    // The audit's current findings: a comment on one is listed with its message, a comment on
    // one that no longer occurs as 已不再出现.
    void setFindings(const QList<Finding> &findings);
    // Selects the first comment on `target` and scrolls to it.
    void selectCommentsOn(const QString &target);

    QTreeWidget *sectionList() const { return m_sections; }
    QTreeWidget *commentList() const { return m_comments; }
    QTreeWidget *signatureList() const { return m_signatures; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *stateButton(ReviewState state) const;
    QPushButton *commentButton() const { return m_comment; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    // Runs a step on the selected sections; a return asks for its comment.
    void changeSelected(ReviewState state);
    void addComment();
    void toggleResolved();
    void sign();
    void withdrawSignature();

signals:
    // A comment's target was double-clicked: the section or cell it is about.
    void targetActivated(const QString &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void report(const QString &message);
    QStringList selectedSections() const;
    QString targetTitle(const QString &target) const;

    QPointer<ReviewTracker> m_tracker; // the navigation owns it and drops it with the document
    QString m_user;
    QStringList m_roles;
    QHash<QString, QString> m_findings; // comment target → the finding's message
    bool m_findingsKnown = false;
    QLabel *m_summary;
    QLabel *m_who;
    QLabel *m_message;
    QTreeWidget *m_sections;
    QTreeWidget *m_comments;
    QTreeWidget *m_signatures;
    QPushButton *m_ready;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_draft;
    QPushButton *m_comment;
    QPushButton *m_resolve;
    QPushButton *m_sign;
    QPushButton *m_withdraw;
    QLabel *m_commentsTitle;
    QLabel *m_signaturesTitle;
};
