#pragma once

#include <QObject>

class Document;
class QAction;
class QSettings;
class QWidget;

// The change history's menu actions: the name changes are recorded under (姓名, kept in the
// settings) and compacting the open document's history.
class HistoryActions : public QObject {
    Q_OBJECT

public:
    HistoryActions(QSettings &settings, QWidget *parent);

    void setDocument(Document *document);
    QAction *userNameAction() const { return m_userName; }
    QAction *compactAction() const { return m_compact; }

    QString userName() const;
    void setUserName(const QString &name);
    // Keeps the last `keepDays` days of detail; false with `error` set when it cannot be saved.
    bool compact(int keepDays, QString *error);

    void retranslate();

private:
    void askUserName();
    void askCompact();

    QSettings &m_settings;
    QWidget *m_parent;
    Document *m_document = nullptr;
    QAction *m_userName;
    QAction *m_compact;
};
