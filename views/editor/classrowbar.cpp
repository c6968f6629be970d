#include "editor/classrowbar.h"

#include "commands/addremoveclassrow.h"
#include "commands/cellwording.h"
#include "document/classrowlists.h"
#include "document/document.h"
#include "models/tableformmodel.h"
#include "editor/tableformview.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>

ClassRowBar::ClassRowBar(Document *document, const QString &tableId, TableFormView *view, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tableId(tableId)
    , m_view(view)
    , m_code(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_fundLabel(new QLabel(this))
    , m_fund(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_error(new QLabel(this))
{
    QStringList items;
    for (const CodeEntry &entry : document->reportTemplate().functionalBook().entries()) {
        if (CodeBook::levelOf(entry.code) == CodeBook::Item)
            items.append(entry.code + QLatin1Char(' ') + entry.name);
    }
    m_completer->setModel(new QStringListModel(items, m_completer));
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(15);
    m_code->setCompleter(m_completer);
    m_code->setClearButtonEnabled(true);
    m_code->setMinimumWidth(320);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    const QList<Fund> funds = ClassRowLists::fundsOf(document->reportTemplate(), tableId);
    for (const Fund &fund : funds)
        m_fund->addItem(fund.name, fund.id);
    m_fundLabel->setBuddy(m_fund);
    m_fundLabel->setVisible(funds.size() > 1);
    m_fund->setVisible(funds.size() > 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code);
    layout->addWidget(m_fundLabel);
    layout->addWidget(m_fund);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
    layout->addWidget(m_error, 1);

    const auto add = [this] {
        if (addRow(m_code->text()))
            m_code->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_code, &QLineEdit::returnPressed, this, add);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (addRow(text))
            m_code->clear();
    });
    connect(m_remove, &QPushButton::clicked, this, &ClassRowBar::removeCurrentRow);
    connect(m_code, &QLineEdit::textEdited, m_error, &QLabel::clear);
    connect(m_code, &QLineEdit::textEdited, this, &ClassRowBar::suggestFund);
    connect(m_completer, qOverload<const QString &>(&QCompleter::highlighted), this, &ClassRowBar::suggestFund);
    connect(m_fund, &QComboBox::activated, this, [this] { m_fundChosen = true; });
    retranslate();
}

void ClassRowBar::retranslate()
{
    m_code->setPlaceholderText(tr("Code or name of a 项, e.g. 2010601 or 行政运行"));
    m_fundLabel->setText(tr("&Fund:"));
    m_fund->setToolTip(tr("The fund the 科目 belongs to: it appears in every table that lists this fund's 科目"));
    m_add->setText(tr("Add row"));
    m_remove->setText(tr("Remove row"));
    m_remove->setToolTip(tr("Removes the selected 项 row and its figures (undoable)"));
}

void ClassRowBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ClassRowBar::error() const
{
    return m_error->text();
}

void ClassRowBar::suggestFund(const QString &text)
{
    if (m_fundChosen || m_fund->count() < 2)
        return;
    const QString code = text.trimmed().section(QLatin1Char(' '), 0, 0);
    if (code.isEmpty())
        return;
    const int index = m_fund->findData(
            ClassRowLists::suggestedFund(m_document->reportTemplate(), m_document->data(), m_tableId, code));
    if (index >= 0)
        m_fund->setCurrentIndex(index);
}

QString ClassRowBar::fundConflict(const QString &code, const QString &fund) const
{
    const ReportTemplate &reportTemplate = m_document->reportTemplate();
    const QString listed = ClassRowLists::listedFund(reportTemplate, m_document->data(), code);
    if (listed.isEmpty() || listed == fund)
        return {};
    const QString table = ClassRowLists::singleFundTable(reportTemplate, m_document->data(), code);
    return tr("%1 %2 is already a 科目 of %3 in %4. Add it under that fund, or remove it from %4 first.")
            .arg(code, reportTemplate.functionalBook().name(code), ClassRowLists::fund(reportTemplate, listed).name,
                 CellWording::tableName(m_document->layout(), table));
}

void ClassRowBar::showError(const QString &text)
{
    m_error->setText(text);
}

bool ClassRowBar::addRow(const QString &text)
{
    const QString code = text.trimmed().section(QLatin1Char(' '), 0, 0);
    const CodeBook &book = m_document->reportTemplate().functionalBook();
    if (code.isEmpty())
        return false;
    if (CodeBook::levelOf(code) != CodeBook::Item || !book.contains(code)) {
        const QList<CodeEntry> found = book.search(text.trimmed(), 2);
        if (found.size() == 1 && CodeBook::levelOf(found.first().code) == CodeBook::Item)
            return addRow(found.first().code);
        showError(tr("%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.")
                          .arg(code, book.title()));
        return false;
    }
    if (m_document->data().classRows.value(m_tableId).contains(code)) {
        selectRow(code);
        showError(tr("%1 %2 is already in this table.").arg(code, book.name(code)));
        return false;
    }
    suggestFund(code); // a name picked from the list offers its code's fund too
    const QString filed = m_fund->count() > 1
            ? m_fund->currentData().toString()
            : ClassRowLists::suggestedFund(m_document->reportTemplate(), m_document->data(), m_tableId, code);
    if (const QString conflict = fundConflict(code, filed); !conflict.isEmpty()) {
        showError(conflict);
        return false;
    }
    if (!m_document->push(new AddClassRows(m_document, m_tableId, code, filed))) {
        showError(tr("The document is read-only."));
        return false;
    }
    m_fundChosen = false;
    showError(QString());
    selectRow(code);
    return true;
}

bool ClassRowBar::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    const QString code = current.data(TableFormModel::RowKeyRole).toString();
    if (!current.isValid() || current.data(TableFormModel::RowLevelRole).toInt() != CodeBook::Item) {
        showError(tr("Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项."));
        return false;
    }
    const QStringList tables = tablesToRemoveFrom(code);
    if (tables.isEmpty())
        return false;
    if (!m_document->push(new RemoveClassRows(m_document, tables, code))) {
        showError(tr("The document is read-only."));
        return false;
    }
    showError(QString());
    return true;
}

void ClassRowBar::selectRow(const QString &code)
{
    // The first cell to type into, so that the figures can follow the new row at once.
    const TableFormModel *model = m_view->formModel();
    const int line = model->rowForCode(code);
    for (int column = model->grid().frozenColumnCount(); line >= 0 && column < model->columnCount(); ++column) {
        const QModelIndex cell = model->index(line, column);
        if (model->isInput(cell)) {
            m_view->setCurrentIndex(cell);
            m_view->scrollTo(cell);
            m_view->setFocus();
            return;
        }
    }
}

QStringList ClassRowBar::tablesToRemoveFrom(const QString &code)
{
    // The 科目 leaves every table that shares it, unless another table still has figures on it:
    // then the accountant decides, because those figures would go too.
    const DocumentData &data = m_document->data();
    QStringList tables;
    QStringList withFigures;
    for (const QString &table : ClassRowLists::sharingTables(m_document->reportTemplate(), data, m_tableId, code)) {
        if (!data.classRows.value(table).contains(code))
            continue;
        tables.append(table);
        if (table != m_tableId && !m_document->rowInputs(table, code).isEmpty())
            withFigures.append(CellWording::tableName(m_document->layout(), table));
    }
    if (withFigures.isEmpty())
        return tables;
    QMessageBox question(QMessageBox::Question, tr("Remove row"),
                         tr("%1 %2 still has figures in %3.")
                                 .arg(code, m_document->reportTemplate().functionalBook().name(code),
                                      withFigures.join(tr(", "))),
                         QMessageBox::Cancel, this);
    question.setInformativeText(tr("Remove it from every table that lists it, with those figures, or only from "
                                   "this table? Either can be undone."));
    QPushButton *everywhere = question.addButton(tr("Remove from every table"), QMessageBox::DestructiveRole);
    QPushButton *here = question.addButton(tr("Only from this table"), QMessageBox::AcceptRole);
    question.setDefaultButton(here);
    question.exec();
    if (question.clickedButton() == everywhere)
        return tables;
    if (question.clickedButton() == here)
        return { m_tableId };
    return {};
}
