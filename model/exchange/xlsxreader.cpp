#include "exchange/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

namespace {

// A workbook part larger than this is refused rather than read into memory (a zip bomb).
constexpr quint64 MaxPartSize = 256ull * 1024 * 1024;
constexpr int MaxRows = 1'048'576;
constexpr int MaxColumns = 16'384;
// A merged range is filled only this far: headers span a few cells, and a hostile file that
// merges a whole sheet must not fill memory.
constexpr int MaxMergedRows = 64;
constexpr int MaxMergedColumns = 64;

// An open zip archive, closed when it goes out of scope.
class ZipArchive
{
public:
    explicit ZipArchive(const QString &path) : m_file(unzOpen64(QFile::encodeName(path).constData())) { }
    ~ZipArchive()
    {
        if (m_file)
            unzClose(m_file);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_file != nullptr; }
    bool contains(const QString &name) const { return unzLocateFile(m_file, name.toUtf8().constData(), 2) == UNZ_OK; }

    // The part's bytes; nullopt when it is missing, damaged or too large.
    std::optional<QByteArray> part(const QString &name) const
    {
        if (unzLocateFile(m_file, name.toUtf8().constData(), 2) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.uncompressed_size > MaxPartSize || unzOpenCurrentFile(m_file) != UNZ_OK)
            return std::nullopt;
        QByteArray bytes;
        bytes.reserve(qsizetype(info.uncompressed_size));
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(m_file, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, read);
            if (quint64(bytes.size()) > MaxPartSize)
                break;
        }
        const bool intact = unzCloseCurrentFile(m_file) == UNZ_OK && read == 0;
        if (!intact)
            return std::nullopt;
        return bytes;
    }

private:
    unzFile m_file;
};

// "BC12" → (11, 54), zero-based; nullopt for anything else.
std::optional<std::pair<int, int>> parseReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isUpper() && ref.at(i).unicode() < 128; ++i)
        column = column * 26 + (ref.at(i).unicode() - 'A' + 1);
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || row > MaxRows || column > MaxColumns)
        return std::nullopt;
    return std::pair { row - 1, column - 1 };
}

// The text of a string item (<si> or <is>): its <t> elements, phonetic runs (<rPh>) left out.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("si"))
            strings.append(stringItem(xml));
        else if (xml.name() != QLatin1String("sst"))
            xml.skipCurrentElement();
    }
    return strings;
}

void setCell(SheetGrid *grid, int row, int column, SheetGrid::Cell cell)
{
    while (grid->rows.size() <= row)
        grid->rows.append(QList<SheetGrid::Cell>());
    QList<SheetGrid::Cell> &cells = grid->rows[row];
    while (cells.size() <= column)
        cells.append(SheetGrid::Cell());
    cells[column] = std::move(cell);
}

bool readSheet(const QByteArray &bytes, const QStringList &strings, SheetGrid *grid)
{
    QXmlStreamReader xml(bytes);
    QList<std::pair<std::pair<int, int>, std::pair<int, int>>> merges;
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            row = ok && r >= 1 && r <= MaxRows ? r - 1 : row + 1;
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            const auto ref = parseReference(xml.attributes().value(QLatin1String("r")));
            column = ref ? ref->second : column + 1;
            if (ref)
                row = ref->first;
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            SheetGrid::Cell cell;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    const QString value = xml.readElementText();
                    if (type == QLatin1String("s"))
                        cell.text = strings.value(value.toInt());
                    else {
                        cell.text = value;
                        cell.number = type.isEmpty() || type == QLatin1String("n");
                    }
                } else if (xml.name() == QLatin1String("is")) {
                    cell.text = stringItem(xml);
                } else if (xml.name() == QLatin1String("f")) {
                    cell.formula = xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (row >= 0 && column >= 0 && column < MaxColumns && (!cell.text.isEmpty() || !cell.formula.isEmpty()))
                setCell(grid, row, column, std::move(cell));
        } else if (xml.name() == QLatin1String("mergeCell")) {
            const QStringList corners = xml.attributes().value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
            const auto first = parseReference(corners.value(0));
            const auto last = parseReference(corners.value(1));
            if (first && last)
                merges.append({ *first, *last });
        }
    }
    if (xml.hasError())
        return false;
    for (const auto &[first, last] : merges) {
        const SheetGrid::Cell origin = grid->cell(first.first, first.second);
        for (int r = first.first; r <= last.first && r - first.first < MaxMergedRows; ++r) {
            for (int c = first.second; c <= last.second && c - first.second < MaxMergedColumns; ++c)
                setCell(grid, r, c, origin);
        }
    }
    return true;
}

// The workbook's sheets in order: name and the part that holds each.
QList<std::pair<QString, QString>> sheetParts(const QByteArray &workbook, const QByteArray &relations)
{
    QHash<QString, QString> targets;
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship")) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), QDir::cleanPath(target));
        }
    }
    QList<std::pair<QString, QString>> sheets;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            }
            if (targets.contains(id))
                sheets.append({ attributes.value(QLatin1String("name")).toString(), targets.value(id) });
        }
    }
    return sheets;
}

} // namespace

int SheetGrid::columnCount() const
{
    qsizetype columns = 0;
    for (const QList<Cell> &row : rows)
        columns = std::max(columns, row.size());
    return int(columns);
}

const SheetGrid::Cell &SheetGrid::cell(int row, int column) const
{
    static const Cell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return empty;
    return rows.at(row).at(column);
}

const SheetGrid *Workbook::sheet(const QString &name) const
{
    for (const SheetGrid &grid : sheets) {
        if (grid.name == name)
            return &grid;
    }
    return nullptr;
}

namespace XlsxReader {

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

std::optional<Workbook> read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("XlsxReader", "Cannot read %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (!looksLikeZip(file.read(4))) {
        *error = QCoreApplication::translate("XlsxReader", "%1 is not an Excel workbook (.xlsx).").arg(shown);
        return std::nullopt;
    }
    file.close();
    const ZipArchive zip(path);
    if (!zip.isOpen() || !zip.contains(QStringLiteral("xl/workbook.xml"))) {
        *error = QCoreApplication::translate("XlsxReader", "%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(shown);
        return std::nullopt;
    }
    const auto workbookXml = zip.part(QStringLiteral("xl/workbook.xml"));
    const auto relations = zip.part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbookXml || !relations) {
        *error = QCoreApplication::translate("XlsxReader", "%1 is damaged: its list of sheets cannot be read.").arg(shown);
        return std::nullopt;
    }
    QStringList strings;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto bytes = zip.part(QStringLiteral("xl/sharedStrings.xml"));
        if (!bytes) {
            *error = QCoreApplication::translate("XlsxReader", "%1 is damaged: its texts cannot be read.").arg(shown);
            return std::nullopt;
        }
        strings = sharedStrings(*bytes);
    }
    Workbook workbook;
    for (const auto &[name, part] : sheetParts(*workbookXml, *relations)) {
        SheetGrid grid;
        grid.name = name;
        const auto bytes = zip.part(part);
        if (!bytes || !readSheet(*bytes, strings, &grid)) {
            *error = QCoreApplication::translate("XlsxReader", "%1 is damaged: the sheet \"%2\" cannot be read.").arg(shown, name);
            return std::nullopt;
        }
        workbook.sheets.append(std::move(grid));
    }
    if (workbook.sheets.isEmpty()) {
        *error = QCoreApplication::translate("XlsxReader", "%1 has no worksheets.").arg(shown);
        return std::nullopt;
    }
    return workbook;
}

} // namespace XlsxReader
