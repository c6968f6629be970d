#include "audit/textfacts.h"

#include "document/document.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"

#include <algorithm>

namespace {

QString withoutSuffix(const QString &name, const QString &suffix)
{
    return name.endsWith(suffix) ? name.left(name.size() - suffix.size()) : name;
}

} // namespace

TextFactCatalogue::TextFactCatalogue(const Document &document, const TextRules &rules) : m_document(&document)
{
    for (const TextFactDef &def : rules.facts)
        add(TextFact { &def, def.id, def.label, {}, def.keys, -1, {} });
    const CodeBook &book = document.reportTemplate().functionalBook();
    QList<int> classes;
    if (const LayoutTable *table = document.layout().table(QStringLiteral("T5"))) {
        for (const LayoutBlock &block : table->blocks) {
            for (const LayoutRow &row : block.rows) {
                if (row.level == 1) {
                    const QString name = TextScanner::normalize(book.name(row.code));
                    classes.append(add(TextFact { &rules.classFact, QStringLiteral("class:") + row.code, book.name(row.code),
                                                  { row.code, -1 }, { name, withoutSuffix(name, QStringLiteral("支出")) }, -1, {} }));
                } else if (row.level == 3) {
                    m_items.append(add(TextFact { &rules.itemFact, QStringLiteral("item:") + row.code,
                                                  book.qualifiedName(row.code), { row.code, -1 }, {}, -1, {} }));
                }
            }
        }
    }
    const QList<Project> &projects = document.data().projects;
    for (int i = 0; i < projects.size(); ++i) {
        add(TextFact { &rules.projectFact, QStringLiteral("project:") + QString::number(i),
                       QStringLiteral("项目“%1”").arg(projects.at(i).name), { QString(), i },
                       { TextScanner::normalize(projects.at(i).name) }, -1, {} });
    }
    for (TextFact &fact : m_facts) {
        fact.whole = indexOf(fact.def->whole);
        for (const QString &part : fact.def->parts) {
            if (part == QLatin1String("@classes"))
                fact.parts += classes;
            else if (indexOf(part) >= 0)
                fact.parts.append(indexOf(part));
        }
    }
}

int TextFactCatalogue::add(const TextFact &fact)
{
    const int index = int(m_facts.size());
    m_facts.append(fact);
    m_index.insert(fact.id, index);
    for (const QString &key : fact.keys) {
        if (!key.isEmpty())
            m_keys[key.at(0)].append({ key, index });
    }
    return index;
}

bool TextFactCatalogue::namedIn(const TextFactDef &def, const TextSection &section)
{
    return def.sections.isEmpty() || (section.part == 3 && def.sections.contains(section.top));
}

std::pair<int, int> TextFactCatalogue::match(QStringView text, int position, const TextSection &section) const
{
    const auto candidates = m_keys.constFind(text.at(position));
    if (candidates == m_keys.cend())
        return { -1, 0 };
    std::pair<int, int> best { -1, 0 };
    const QStringView rest = text.mid(position);
    for (const auto &[key, fact] : *candidates) {
        if (key.size() > best.second && rest.startsWith(key) && namedIn(*m_facts.at(fact).def, section)
            && isComputable(fact))
            best = { fact, int(key.size()) };
    }
    return best;
}

int TextFactCatalogue::item(const QString &className, const QString &sectionName, const QString &itemName) const
{
    const CodeBook &book = m_document->reportTemplate().functionalBook();
    int found = -1;
    for (int index : m_items) {
        const QString &code = m_facts.at(index).scope.code;
        const QString classOfCode = TextScanner::normalize(book.name(code.left(3)));
        // Texts drop a trailing 支出 from names ("其他社会保障和就业（项）").
        const QString suffix = QStringLiteral("支出");
        if (withoutSuffix(TextScanner::normalize(book.name(code)), suffix) != withoutSuffix(itemName, suffix)
            || (withoutSuffix(classOfCode, QStringLiteral("支出")) != withoutSuffix(className, QStringLiteral("支出"))))
            continue;
        if (TextScanner::normalize(book.name(code.left(5))) == sectionName)
            return index;
        found = index;
    }
    return found;
}

qint64 TextFactCatalogue::value(int fact) const
{
    return m_facts.at(fact).def->value.evaluate(*m_document, m_facts.at(fact).scope);
}

bool TextFactCatalogue::isComputable(int fact) const
{
    const TextFact &f = m_facts.at(fact);
    qint64 sum = 0;
    return f.def->value.evaluate(*m_document, f.scope, &sum) && f.def->budget.evaluate(*m_document, f.scope, &sum)
            && f.def->prior.evaluate(*m_document, f.scope, &sum);
}

bool TextFactCatalogue::hasBudget(int fact) const
{
    const TextFact &f = m_facts.at(fact);
    return !f.def->budget.isEmpty() && isKnown(f.def->budget, f.scope);
}

bool TextFactCatalogue::isKnown(const RuleExpression &expression, const RuleExpression::Scope &scope) const
{
    const QList<CellRef> cells = expression.cells(scope, m_document);
    return std::all_of(cells.cbegin(), cells.cend(), [this](const CellRef &ref) { return m_document->isKnown(ref); });
}

qint64 TextFactCatalogue::budget(int fact) const
{
    return m_facts.at(fact).def->budget.evaluate(*m_document, m_facts.at(fact).scope);
}

bool TextFactCatalogue::hasPrior(int fact) const
{
    const TextFact &f = m_facts.at(fact);
    return !f.def->prior.isEmpty() && isKnown(f.def->prior, f.scope);
}

qint64 TextFactCatalogue::prior(int fact) const
{
    return m_facts.at(fact).def->prior.evaluate(*m_document, m_facts.at(fact).scope);
}

bool TextFactCatalogue::isCount(int fact) const
{
    return !m_facts.at(fact).def->unit.isEmpty();
}

const QString &TextFactCatalogue::unit(int fact) const
{
    return m_facts.at(fact).def->unit;
}

const RuleExpression *TextFactCatalogue::countOf(int fact, const QString &unit) const
{
    for (const auto &[name, expression] : m_facts.at(fact).def->counts) {
        if (name == unit)
            return &expression;
    }
    return nullptr;
}

QList<CellRef> TextFactCatalogue::cells(int fact) const
{
    const TextFact &f = m_facts.at(fact);
    QList<CellRef> refs;
    for (const CellRef &ref : f.def->value.cells(f.scope, m_document) + f.def->budget.cells(f.scope, m_document)) {
        if (m_document->layout().contains(ref))
            refs.append(ref);
    }
    return refs;
}
