#pragma once

#include <QString>

// Who is working: the name the user configured (setting 姓名 or --user), else the account's name
// from the environment (USERNAME on Windows, USER or LOGNAME elsewhere).
namespace UserName {

QString resolve(const QString &configured);

} // namespace UserName
