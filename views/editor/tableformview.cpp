#include "editor/tableformview.h"

#include "editor/cellmessage.h"
#include "cjkfont.h"
#include "document/document.h"
#include "editor/groupedheaderview.h"
#include "models/tableclipboard.h"
#include "models/tableformmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QScrollBar>

namespace {

bool isStandardKey(QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)
            || event->matches(QKeySequence::Paste) || event->matches(QKeySequence::Delete)
            || event->matches(QKeySequence::SelectAll) || event->key() == Qt::Key_Backspace;
}

} // namespace

TableFormView::TableFormView(QWidget *parent)
    : QTableView(parent), m_frozen(new QTableView(this)), m_message(new CellMessage(this))
{
    m_baseFont = CjkFont::apply(font());
    setHorizontalHeader(new GroupedHeaderView(this));
    verticalHeader()->hide();
    setHorizontalScrollMode(ScrollPerPixel);
    setEditTriggers(AnyKeyPressed | DoubleClicked | EditKeyPressed);
    setSelectionMode(ExtendedSelection);
    setTabKeyNavigation(true);
    setWordWrap(false);

    // The frozen code and name columns are a second view over the same model and selection,
    // laid over the left edge (the pattern of Qt's frozen column example).
    m_frozen->setHorizontalHeader(new GroupedHeaderView(m_frozen));
    m_frozen->verticalHeader()->hide();
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setWordWrap(false);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 2px solid #9aa5b1; }"));
    viewport()->stackUnder(m_frozen);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    // The frozen view shares the selection, so moving to a far column would scroll it sideways
    // too and slide its header (项目) over the next column; it never scrolls sideways.
    QScrollBar *frozenBar = m_frozen->horizontalScrollBar();
    connect(frozenBar, &QAbstractSlider::valueChanged, this, [frozenBar](int value) {
        if (value != 0)
            frozenBar->setValue(0);
    });
    setZoom(100);
}

void TableFormView::setFormModel(TableFormModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TableFormView::onModelReset);
        connect(m_model, &TableFormModel::entryRefused, this, &TableFormView::onEntryRefused);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TableFormView::onDataChanged);
    }
    onModelReset();
}

void TableFormView::onModelReset()
{
    if (!m_model)
        return;
    const int frozen = m_model->grid().frozenColumnCount();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_frozen->setColumnHidden(column, column >= frozen);
    resizeColumns();
}

void TableFormView::setZoom(int percent)
{
    m_zoom = percent;
    QFont zoomed = m_baseFont;
    zoomed.setPointSizeF(m_baseFont.pointSizeF() * percent / 100.0);
    setFont(zoomed);
    m_frozen->setFont(zoomed);
    const int rowHeight = QFontMetrics(zoomed).height() + 8;
    verticalHeader()->setDefaultSectionSize(rowHeight);
    m_frozen->verticalHeader()->setDefaultSectionSize(rowHeight);
    resizeColumns();
}

int TableFormView::contentWidth(int column) const
{
    // Bold rows are the widest; measuring every row with the bold font keeps totals whole.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        width = std::max(width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()));
    return width + 20;
}

void TableFormView::resizeColumns()
{
    if (!m_model)
        return;
    const QFontMetrics metrics(font());
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("00,000,000.00")) + 16;
    const int maxNameWidth = metrics.horizontalAdvance(QLatin1Char('M')) * 30;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const TableGrid::Column &def = m_model->grid().column(column);
        int width = numberWidth;
        if (def.kind == TableGrid::ColumnKind::Code) {
            width = metrics.horizontalAdvance(QStringLiteral("00000000")) + 16;
        } else if (def.kind == TableGrid::ColumnKind::Name) {
            width = std::min(std::max(metrics.horizontalAdvance(def.path.last()) * 3, contentWidth(column)), maxNameWidth);
        } else {
            // Long titles wrap onto the header's second line rather than widening the column;
            // an amount is never cut, in 万元 or in 元.
            width = std::max({ width, metrics.horizontalAdvance(def.path.last()) / 2 + 24, contentWidth(column) });
        }
        setColumnWidth(column, width);
        m_frozen->setColumnWidth(column, width);
    }
    horizontalHeader()->updateGeometry();
    m_frozen->horizontalHeader()->updateGeometry();
    updateGeometries();
    updateFrozenGeometry();
}

void TableFormView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.row() == 0 && bottomRight.row() == m_model->rowCount() - 1) {
        resizeColumns(); // a new unit or zoom: widths may shrink as well as grow
        return;
    }
    // A new figure widens its column when it no longer fits, and never narrows it while typing.
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
        if (m_model->grid().column(column).kind != TableGrid::ColumnKind::Value)
            continue;
        const int needed = contentWidth(column);
        if (needed > columnWidth(column)) {
            setColumnWidth(column, needed);
            m_frozen->setColumnWidth(column, needed);
        }
    }
}

int TableFormView::frozenWidth() const
{
    int width = 0;
    for (int column = 0; m_model && column < m_model->grid().frozenColumnCount(); ++column)
        width += columnWidth(column);
    return width;
}

void TableFormView::updateFrozenGeometry()
{
    m_frozen->setGeometry(frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
}

void TableFormView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void TableFormView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    // A scrolled column must not end up hidden behind the frozen ones.
    if (index.isValid() && m_model && index.column() >= m_model->grid().frozenColumnCount()) {
        const int left = visualRect(index).left();
        if (left < frozenWidth())
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (frozenWidth() - left));
    }
}

QRect TableFormView::selectedRange() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return currentIndex().isValid() ? QRect(currentIndex().column(), currentIndex().row(), 1, 1) : QRect();
    QRect range(selected.first().column(), selected.first().row(), 1, 1);
    for (const QModelIndex &index : selected)
        range |= QRect(index.column(), index.row(), 1, 1);
    return range;
}

void TableFormView::copy()
{
    const QRect range = selectedRange();
    if (m_model && range.isValid())
        QGuiApplication::clipboard()->setText(TableClipboard::copy(*m_model, range));
}

void TableFormView::cut()
{
    copy();
    clearSelectedCells();
}

void TableFormView::paste()
{
    const QRect range = selectedRange();
    if (!m_model || !range.isValid())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    QString error;
    if (!TableClipboard::paste(*m_model, range, text, &error)) {
        showMessage(currentIndex(), error);
        return;
    }
    // Show what was pasted, as spreadsheets do.
    const QList<QStringList> rows = TableClipboard::parse(text);
    if (rows.size() > 1 || rows.first().size() > 1) {
        const QModelIndex bottomRight = m_model->index(range.top() + int(rows.size()) - 1,
                                                       range.left() + int(rows.first().size()) - 1);
        selectionModel()->select(QItemSelection(m_model->index(range.top(), range.left()), bottomRight),
                                 QItemSelectionModel::ClearAndSelect);
    }
}

void TableFormView::clearSelectedCells()
{
    if (!m_model)
        return;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    QList<QPoint> cells;
    bool anyInput = false;
    for (const QModelIndex &index : selected) {
        cells.append({ index.column(), index.row() });
        anyInput = anyInput || m_model->isInput(index);
    }
    if (!anyInput) {
        explainLocked(currentIndex());
        return;
    }
    QString error;
    if (!TableClipboard::clear(*m_model, cells, &error))
        showMessage(currentIndex(), error);
}

void TableFormView::showMessage(const QModelIndex &index, const QString &text)
{
    QRect cell = visualRect(index);
    cell.translate(viewport()->pos());
    m_message->showAt(cell, text);
}

bool TableFormView::explainLocked(const QModelIndex &index)
{
    if (!m_model || !index.isValid() || (index.flags() & Qt::ItemIsEditable))
        return false;
    const Document *document = m_model->document();
    if (document->isReadOnly()) {
        const QString reason = document->readOnlyReason();
        showMessage(index, reason.isEmpty() ? tr("The document is read-only.") : reason);
        return true;
    }
    if (!index.data(TableFormModel::IsValueRole).toBool())
        return false;
    showMessage(index, tr("This cell is computed and cannot be changed: %1")
                               .arg(index.data(TableFormModel::FormulaRole).toString()));
    return true;
}

void TableFormView::moveCurrent(CursorAction action)
{
    const QModelIndex next = moveCursor(action, Qt::NoModifier);
    if (next.isValid())
        selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
}

QModelIndex TableFormView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex plain = QTableView::moveCursor(action, modifiers);
    const QModelIndex current = currentIndex();
    int rowStep = 0;
    int columnStep = 0;
    switch (action) {
    case MoveUp: rowStep = -1; break;
    case MoveDown: rowStep = 1; break;
    case MoveLeft:
    case MovePrevious: columnStep = -1; break;
    case MoveRight:
    case MoveNext: columnStep = 1; break;
    default: return plain;
    }
    // Like Excel on a protected sheet: Enter, Tab and the arrows step over locked cells, so
    // typing down a column never lands on a computed row. Shift extends a selection instead,
    // and a read-only document has nothing to skip to.
    if (!m_model || !current.isValid() || (modifiers & Qt::ShiftModifier) || m_model->document()->isReadOnly())
        return plain;
    for (int row = current.row() + rowStep, column = current.column() + columnStep;
         row >= 0 && row < m_model->rowCount() && column >= 0 && column < m_model->columnCount();
         row += rowStep, column += columnStep) {
        const QModelIndex candidate = m_model->index(row, column);
        if (!isColumnHidden(column) && (candidate.flags() & Qt::ItemIsEditable))
            return candidate;
    }
    return current; // nothing to type into that way: stay, as Excel does
}

bool TableFormView::event(QEvent *event)
{
    // Keep the window's Edit actions from taking the keys a spreadsheet handles itself.
    if (event->type() == QEvent::ShortcutOverride && state() != EditingState
        && isStandardKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void TableFormView::keyPressEvent(QKeyEvent *event)
{
    m_message->hide();
    if (state() == EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::Cut)) {
        cut();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        clearSelectedCells();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        moveCurrent(event->modifiers() & Qt::ShiftModifier ? MoveUp : MoveDown);
    } else if (event->key() == Qt::Key_Tab) {
        moveCurrent(MoveRight);
    } else if (event->key() == Qt::Key_Backtab) {
        moveCurrent(MoveLeft);
    } else if (event->key() == Qt::Key_F2 && explainLocked(currentIndex())) {
        return;
    } else if (!event->text().trimmed().isEmpty() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
               && explainLocked(currentIndex())) {
        return;
    } else {
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TableFormView::onEntryRefused(const QModelIndex &, const QString &message)
{
    m_refusal = message;
}

void TableFormView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QString refusal = std::exchange(m_refusal, QString());
    if (!refusal.isEmpty() && hint != QAbstractItemDelegate::RevertModelCache) {
        showMessage(currentIndex(), refusal);
        if (hint != QAbstractItemDelegate::NoHint)
            return; // keep the refused text in the cell so that it can be corrected
    }
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: // Enter
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveCurrent(MoveDown);
        break;
    case QAbstractItemDelegate::EditNextItem: // Tab: move on without editing the next cell
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveCurrent(MoveRight);
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveCurrent(MoveLeft);
        break;
    default:
        QTableView::closeEditor(editor, hint);
        break;
    }
}

void TableFormView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row() || current.column() != previous.column())
        m_message->hide();
}
