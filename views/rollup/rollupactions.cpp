#include "rollup/rollupactions.h"

#include "commands/rerolldocument.h"
#include "document/document.h"
#include "models/tableformmodel.h"
#include "rollup/rollupfiles.h"
#include "rollup/rollupstatus.h"
#include "rollup/sourcesdialog.h"
#include "store/documentstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

RollupActions::RollupActions(const TemplateLibrary &library, QWidget *parent)
    : QObject(parent)
    , m_library(library)
    , m_parent(parent)
    , m_rollUp(new QAction(this))
    , m_reroll(new QAction(this))
    , m_sources(new QAction(this))
{
    m_sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_sources->setShortcutContext(Qt::WindowShortcut);
    connect(m_rollUp, &QAction::triggered, this, &RollupActions::askRollUp);
    connect(m_reroll, &QAction::triggered, this, [this] {
        if (m_document && !offerReroll())
            QMessageBox::information(m_parent, tr("Roll up again"),
                                     tr("Every unit file is as it was when the department was rolled up."));
    });
    connect(m_sources, &QAction::triggered, this, &RollupActions::showSourcesOfCurrentCell);
    retranslate();
    setDocument(nullptr);
}

void RollupActions::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    updateActions();
    if (!document)
        return;
    connect(document, &Document::rollupChanged, this, &RollupActions::updateActions);
    if (!document->data().rollup.isEmpty()) {
        QTimer::singleShot(0, this, [this, guarded = QPointer<Document>(document)] {
            if (guarded && guarded == m_document)
                offerReroll();
        });
    }
}

QList<QAction *> RollupActions::fileActions() const
{
    return { m_rollUp, m_reroll };
}

void RollupActions::retranslate()
{
    m_rollUp->setText(tr("Roll &Up Units…"));
    m_reroll->setText(tr("Roll Up &Again…"));
    m_sources->setText(tr("&Source Units…"));
}

void RollupActions::updateActions()
{
    const bool rolledUp = m_document && !m_document->data().rollup.isEmpty();
    m_reroll->setEnabled(rolledUp && !m_document->isReadOnly());
    m_sources->setEnabled(rolledUp);
}

void RollupActions::askRollUp()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_parent, tr("Unit documents to roll up"), QDir::homePath(),
                                                            tr("Final accounts (*.fadb)"));
    if (paths.isEmpty())
        return;
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    bool ok = false;
    const QString main = QInputDialog::getItem(m_parent, tr("Roll up units"),
                                               tr("Which document is the department's own (本级)? Its texts are taken."),
                                               names, 0, false, &ok);
    if (!ok)
        return;
    const QString output = QFileDialog::getSaveFileName(m_parent, tr("Save the department's document as"),
                                                        QFileInfo(paths.constFirst()).absolutePath(),
                                                        tr("Final accounts (*.fadb)"));
    if (!output.isEmpty())
        rollUp(paths, paths.at(names.indexOf(main)), output);
}

bool RollupActions::rollUp(const QStringList &paths, const QString &mainPath, const QString &output)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).absoluteFilePath() == QFileInfo(output).absoluteFilePath()) {
            QMessageBox::critical(m_parent, tr("Not rolled up"), tr("%1 is both a unit file and the output.").arg(output));
            return false;
        }
    }
    QProgressDialog progress(tr("Reading the unit documents…"), tr("Cancel"), 0, int(paths.size()), m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const DepartmentRollup::Result result =
            RollupFiles::rollUp({ paths, {}, mainPath }, m_library, [&progress](int done) {
                progress.setValue(done);
                return !progress.wasCanceled();
            });
    progress.reset();
    if (!result.data) {
        if (!result.error.isEmpty())
            QMessageBox::critical(m_parent, tr("Not rolled up"), result.error);
        return false;
    }
    QString error;
    // The file dialog has asked already whether to replace an existing file.
    if (!DocumentStore::create(output, *result.data, true, &error)) {
        QMessageBox::critical(m_parent, tr("Not rolled up"), error);
        return false;
    }
    QMessageBox box(QMessageBox::Information, tr("Rolled up"), tr("The department's document was written to %1.")
                                                                       .arg(QDir::toNativeSeparators(output)),
                    QMessageBox::Ok, m_parent);
    box.setDetailedText(result.summary());
    box.exec();
    emit openRequested(output);
    return true;
}

bool RollupActions::offerReroll()
{
    if (!m_document || m_document->data().rollup.isEmpty())
        return false;
    const QList<RollupStatus::Change> changes = RollupStatus::check(m_document->data().rollup, m_library);
    if (changes.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
            m_parent, tr("Unit files changed"),
            tr("Unit files changed after this department was rolled up:\n%1\n\nRoll up again? (Undo restores the "
               "figures as they are now.)")
                    .arg(RollupStatus::describe(changes)));
    return answer == QMessageBox::Yes && reroll();
}

bool RollupActions::reroll()
{
    QString error;
    std::optional<DocumentData> again = RollupFiles::rollUpAgain(*m_document, m_library, &error);
    if (!again) {
        QMessageBox::critical(m_parent, tr("Not rolled up"), error);
        return false;
    }
    return m_document->push(new RerollDocument(m_document, std::move(*again)));
}

void RollupActions::showSources(const CellRef &ref)
{
    SourcesDialog dialog(*m_document, ref, m_parent);
    dialog.exec();
}

void RollupActions::showSourcesOfCurrentCell()
{
    if (!m_document)
        return;
    const auto *view = qobject_cast<const QAbstractItemView *>(QApplication::focusWidget());
    const CellRef ref = view ? CellRef::fromString(view->currentIndex().data(TableFormModel::CellRefRole).toString())
                             : CellRef();
    if (!ref.isValid()) {
        QMessageBox::information(m_parent, tr("Source units"), tr("Select a figure in one of the tables first."));
        return;
    }
    showSources(ref);
}
