#pragma once

#include <QLabel>

class QTimer;

// A short message shown right next to a cell, like Excel's input warnings: why an entry or
// a paste was refused. It goes away on its own, or when the user moves on.
class CellMessage : public QLabel
{
    Q_OBJECT

public:
    explicit CellMessage(QWidget *parent);

    // Shows `text` beside `cell` (in the parent's coordinates), kept inside the parent.
    void showAt(const QRect &cell, const QString &text);

private:
    QTimer *m_timer;
};
