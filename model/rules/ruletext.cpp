#include "ruletext.h"

#include <QCoreApplication>

namespace pcitopo {

QString translatedRuleText(const QString& english) {
    if (english.isEmpty())
        return english;
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate(RuleTextContext, source.constData());
}

} // namespace pcitopo
