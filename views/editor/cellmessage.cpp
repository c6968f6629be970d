#include "editor/cellmessage.h"

#include <QTimer>

namespace {

constexpr int ShownMilliseconds = 8000;
constexpr int MaxWidth = 420;

} // namespace

CellMessage::CellMessage(QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setWordWrap(true);
    setMargin(6);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setStyleSheet(QStringLiteral("CellMessage { background: #fff4ce; color: #5c3b00; border: 1px solid #d89614; }"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(ShownMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
}

void CellMessage::showAt(const QRect &cell, const QString &text)
{
    setText(text);
    setFixedWidth(std::min(MaxWidth, std::max(200, parentWidget()->width() / 2)));
    adjustSize();
    QPoint at(cell.right() + 4, cell.top());
    const QRect area = parentWidget()->rect();
    if (at.x() + width() > area.right())
        at.setX(std::max(0, cell.left() - width() - 4));
    if (at.y() + height() > area.bottom())
        at.setY(std::max(0, area.bottom() - height()));
    move(at);
    show();
    raise();
    m_timer->start();
}
