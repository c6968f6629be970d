#pragma once

#include "store/documentstore.h"

class QSqlDatabase;
class QSqlError;

// The statements that move a document's inputs between memory and the store's tables.
// Callers own the transaction.
namespace StoreSql {

bool writeCells(QSqlDatabase &db, const QList<CellInput> &cells, QString *error);
bool addRows(QSqlDatabase &db, const QList<std::pair<QString, QString>> &rows, QString *error);
bool removeRows(QSqlDatabase &db, const QList<std::pair<QString, QString>> &rows, QString *error);
// Each (code, fund); an empty fund forgets the code's fund.
bool writeRowFunds(QSqlDatabase &db, const QList<std::pair<QString, QString>> &funds, QString *error);
bool writeTexts(QSqlDatabase &db, const QList<std::pair<QString, QString>> &texts, QString *error);
// An empty `templateId` leaves the stored one as it is.
bool writeDepartment(QSqlDatabase &db, const QString &templateId, const DepartmentInfo &department, QString *error);
bool writeProjects(QSqlDatabase &db, const QList<Project> &projects, QString *error);
bool writeNotes(QSqlDatabase &db, const QStringList &notes, QString *error);
bool writeBatch(QSqlDatabase &db, const StoreBatch &batch, QString *error);
bool writeAll(QSqlDatabase &db, const DocumentData &data, QString *error);

// How much of a file is read: everything, or the inputs only (see DocumentStore::Access).
enum class Content { All, Inputs };
// Whether the table belongs to `content`: the records kept beside the inputs (history, review,
// provenance) belong only to All.
bool holds(Content content, const QString &table);
bool readAll(QSqlDatabase &db, DocumentData *data, Content content, QString *error);

// What a failed statement means for the user, in the user's language: a full disk, a failing
// disk and another program's lock each get their own sentence.
QString describe(const QSqlError &error);

} // namespace StoreSql
