#include "history/historyrecorder.h"

#include "commands/cellwording.h"
#include "document/document.h"
#include "signoff/reviewhistory.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString unitLines(const QList<BudgetUnit> &units)
{
    QStringList lines;
    for (const BudgetUnit &unit : units)
        lines.append(unit.toLine());
    return lines.join(QLatin1Char('\n'));
}

// The project's fields that are plain text, with their names on the form.
struct ProjectField {
    const char *key;
    const char *title;
    QString Project::*member;
};

const ProjectField projectFields[] = {
    { "name", QT_TRANSLATE_NOOP("History", "Project name"), &Project::name },
    { "supervisor", QT_TRANSLATE_NOOP("History", "Supervising department"), &Project::supervisor },
    { "implementer", QT_TRANSLATE_NOOP("History", "Implementing unit"), &Project::implementer },
    { "goalPlanned", QT_TRANSLATE_NOOP("History", "Planned goal"), &Project::goalPlanned },
    { "goalAchieved", QT_TRANSLATE_NOOP("History", "Goal achieved"), &Project::goalAchieved },
    { "problems", QT_TRANSLATE_NOOP("History", "Problems"), &Project::problems },
    { "measures", QT_TRANSLATE_NOOP("History", "Measures"), &Project::measures },
};

} // namespace

HistoryRecorder::HistoryRecorder(const Document &document)
    : m_document(document)
    , m_user(systemUser())
    , m_cells(document.data().cells)
    , m_texts(document.data().texts)
    , m_department(document.data().department)
    , m_projects(document.data().projects)
    , m_signoff(document.data().signoff)
{
}

QString HistoryRecorder::systemUser()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QCoreApplication::translate("History", "unknown user");
}

void HistoryRecorder::setUser(const QString &user)
{
    m_user = user.trimmed().isEmpty() ? systemUser() : user.trimmed();
}

void HistoryRecorder::setAction(HistoryEntry::Kind kind, const QString &action)
{
    m_kind = kind;
    m_action = action;
}

void HistoryRecorder::clearAction()
{
    m_kind = HistoryEntry::Kind::Edit;
    m_action.clear();
}

HistoryEntry HistoryRecorder::entry(
    HistoryEntry::Scope scope, const QString &target, const QString &subject) const
{
    HistoryEntry e;
    e.at = m_now;
    e.user = m_user;
    e.kind = m_kind;
    e.action = m_action;
    e.scope = scope;
    e.target = target;
    e.subject = subject;
    return e;
}

QString HistoryRecorder::textTitle(const QString &key) const
{
    for (const TextSlot &slot : m_document.reportTemplate().texts()) {
        if (slot.key == key)
            return slot.title;
    }
    return key;
}

QList<HistoryEntry> HistoryRecorder::record(const StoreBatch &batch)
{
    m_now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> entries;
    const SheetLayout &layout = m_document.layout();
    for (const auto &[sheet, code] : batch.removedRows) {
        HistoryEntry e = entry(HistoryEntry::Scope::Row, sheet + QLatin1Char('.') + code,
            CellWording::tableName(layout, sheet) + QStringLiteral(" · ") + code);
        e.oldText = code;
        entries.append(e);
    }
    for (const auto &[sheet, code] : batch.addedRows) {
        HistoryEntry e = entry(HistoryEntry::Scope::Row, sheet + QLatin1Char('.') + code,
            CellWording::tableName(layout, sheet) + QStringLiteral(" · ")
                + CellWording::rowName(layout, sheet, code));
        e.newText = code;
        entries.append(e);
    }
    for (const CellInput &input : batch.cells) {
        const auto it = m_cells.constFind(input.ref);
        const std::optional<qint64> old
            = it == m_cells.constEnd() ? std::nullopt : std::optional<qint64>(*it);
        if (old == input.value)
            continue;
        HistoryEntry e = entry(
            HistoryEntry::Scope::Cell, input.ref.toString(), CellWording::cellName(layout, input.ref));
        e.oldValue = old;
        e.newValue = input.value;
        entries.append(e);
        if (input.value)
            m_cells.insert(input.ref, *input.value);
        else
            m_cells.remove(input.ref);
    }
    for (const auto &[key, text] : batch.texts) {
        const QString old = m_texts.value(key);
        if (old == text)
            continue;
        HistoryEntry e = entry(HistoryEntry::Scope::Text, key, textTitle(key));
        e.oldText = old;
        e.newText = text;
        entries.append(e);
        if (text.isEmpty())
            m_texts.remove(key);
        else
            m_texts.insert(key, text);
    }
    if (batch.department)
        recordDepartment(*batch.department, &entries);
    if (batch.projects)
        recordProjects(*batch.projects, &entries);
    if (batch.signoff)
        recordSignoff(*batch.signoff, &entries);
    return entries;
}

void HistoryRecorder::recordDepartment(const DepartmentInfo &department, QList<HistoryEntry> *entries)
{
    const auto field = [&](const char *key, const char *title, const QString &old, const QString &now) {
        if (old == now)
            return;
        HistoryEntry e = entry(HistoryEntry::Scope::Department, QLatin1String(key),
            QCoreApplication::translate("History", title));
        e.oldText = old;
        e.newText = now;
        entries->append(e);
    };
    const auto year = [](int y) { return y > 0 ? QString::number(y) : QString(); };
    field("name", QT_TRANSLATE_NOOP("History", "Department name"), m_department.name, department.name);
    field("code", QT_TRANSLATE_NOOP("History", "Department code"), m_department.code, department.code);
    field("year", QT_TRANSLATE_NOOP("History", "Year"), year(m_department.year), year(department.year));
    field("published", QT_TRANSLATE_NOOP("History", "Publication date"),
        m_department.published.toString(Qt::ISODate), department.published.toString(Qt::ISODate));
    field("units", QT_TRANSLATE_NOOP("History", "Units"), unitLines(m_department.units),
        unitLines(department.units));
    m_department = department;
}

void HistoryRecorder::recordProjects(const QList<Project> &projects, QList<HistoryEntry> *entries)
{
    QHash<qint64, const Project *> before;
    for (const Project &p : m_projects)
        before.insert(p.id, &p);
    QSet<qint64> kept;
    for (const Project &now : projects) {
        const QString id = QString::number(now.id);
        const Project *old = before.value(now.id);
        if (!old) {
            HistoryEntry e = entry(HistoryEntry::Scope::Project, id,
                QCoreApplication::translate("History", "Project %1 added").arg(now.name));
            e.newText = now.name;
            entries->append(e);
            continue;
        }
        kept.insert(now.id);
        if (*old == now)
            continue;
        bool named = false;
        for (const ProjectField &field : projectFields) {
            if (old->*field.member == now.*field.member)
                continue;
            HistoryEntry e
                = entry(HistoryEntry::Scope::Project, id + QLatin1Char('.') + QLatin1String(field.key),
                    now.name + QStringLiteral(" · ") + QCoreApplication::translate("History", field.title));
            e.oldText = old->*field.member;
            e.newText = now.*field.member;
            entries->append(e);
            named = true;
        }
        if (!named
            || !(old->funds == now.funds && old->indicators == now.indicators && old->tracked == now.tracked))
            entries->append(entry(HistoryEntry::Scope::Project, id + QStringLiteral(".form"),
                now.name + QStringLiteral(" · ")
                    + QCoreApplication::translate("History", "Funds, indicators or tracking")));
    }
    for (const Project &old : m_projects) {
        if (kept.contains(old.id))
            continue;
        HistoryEntry e = entry(HistoryEntry::Scope::Project, QString::number(old.id),
            QCoreApplication::translate("History", "Project %1 removed").arg(old.name));
        e.oldText = old.name;
        entries->append(e);
    }
    m_projects = projects;
}

void HistoryRecorder::recordSignoff(const SignoffRecord &signoff, QList<HistoryEntry> *entries)
{
    for (const ReviewHistory::Change &change : ReviewHistory::between(m_document, m_signoff, signoff)) {
        HistoryEntry e = entry(change.scope, change.target, change.subject);
        // An undone step is an undo like any other; done or redone, it is an approval again.
        if (change.approval && m_kind != HistoryEntry::Kind::Undo)
            e.kind = HistoryEntry::Kind::Approval;
        e.oldText = change.oldText;
        e.newText = change.newText;
        entries->append(e);
    }
    m_signoff = signoff;
}
