#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// What the window shows while no document is open: make a new disclosure, open one, or pick
// one of the recent files; a recent file that is missing is marked so and can be removed.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);
    void forgetRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QPushButton *m_new;
    QPushButton *m_open;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
    QPushButton *m_forget;
};
