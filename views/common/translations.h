#pragma once

#include <QLocale>
#include <QString>

namespace pcitopo {

// The language the editor speaks: `langOption` (--lang de) when given, else the system's UI
// languages (which honour the LANGUAGE and LANG environment variables).
QLocale uiLocale(const QString& langOption = QString());

// Installs pcitopo's catalogue for `locale` (embedded as :/i18n/pcitopo_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm, when the system has it) on the running application, replacing what an
// earlier call installed. Returns false when pcitopo has no catalogue for the locale (English
// needs none).
bool installTranslations(const QLocale& locale);

} // namespace pcitopo
