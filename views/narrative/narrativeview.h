#pragma once

#include "document/cellref.h"

#include <QPointer>
#include <QWidget>

class Document;
class InlineTextEditor;
class Narrative;
class QTextBrowser;
class QUrl;

// Part 3 of the disclosure as a readable document that follows every edit: computed figures
// are marked (hover: formula and source cells; click: cellActivated), reasons and other
// typed texts are edited in place through undoable SetText commands.
class NarrativeView : public QWidget {
    Q_OBJECT

public:
    explicit NarrativeView(QWidget *parent = nullptr);
    ~NarrativeView() override;

    void setDocument(Document *document);
    Narrative *narrative() const { return m_narrative; }

signals:
    // A computed figure was clicked: the first cell it is computed from.
    void cellActivated(const CellRef &cell);
    // A figure of a project's self-evaluation was clicked.
    void projectActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void openLink(const QUrl &url);
    void editText(const QString &key);
    void commitText(const QString &text);

    QPointer<Document> m_document;
    Narrative *m_narrative;
    QTextBrowser *m_browser;
    InlineTextEditor *m_editor;
    QString m_editedKey;
};
