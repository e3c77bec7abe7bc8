#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace pcitopo {

namespace {
// The installed translators; the application does not own them, so they live here.
std::unique_ptr<QTranslator>& pcitopoTranslator() {
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
std::unique_ptr<QTranslator>& qtTranslator() {
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replaceTranslator(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next) {
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

std::unique_ptr<QTranslator> loadTranslator(const QLocale& locale, const QString& name,
                                            const QString& directory) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return nullptr;
    return translator;
}
} // namespace

QLocale uiLocale(const QString& langOption) {
    return langOption.isEmpty() ? QLocale::system() : QLocale(langOption);
}

bool installTranslations(const QLocale& locale) {
    replaceTranslator(qtTranslator(),
                      loadTranslator(locale, QStringLiteral("qtbase"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    replaceTranslator(pcitopoTranslator(),
                      loadTranslator(locale, QStringLiteral("pcitopo"), QStringLiteral(":/i18n")));
    return pcitopoTranslator() != nullptr;
}

} // namespace pcitopo
