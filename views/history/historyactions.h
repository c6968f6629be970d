#pragma once

#include <QObject>

class AppSettings;
class Document;
class QAction;
class QWidget;

// The change history's menu actions: compacting the open document's history. Changes are
// recorded under the one name review steps and signatures use (设置 › 姓名…, or --user).
class HistoryActions : public QObject {
    Q_OBJECT

public:
    HistoryActions(AppSettings &settings, QWidget *parent);

    void setDocument(Document *document);
    QAction *compactAction() const { return m_compact; }

    // Keeps the last `keepDays` days of detail; false with `error` set when it cannot be saved.
    bool compact(int keepDays, QString *error);

    void retranslate();

private:
    void askCompact();

    AppSettings &m_settings;
    QWidget *m_parent;
    Document *m_document = nullptr;
    QAction *m_compact;
};
