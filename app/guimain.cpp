#include "guimain.h"

#include <QApplication>
#include <QLabel>

namespace pcitopo {

int runGui(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pcitopo"));
    QApplication::setOrganizationName(QStringLiteral("pcitopo"));
    QLabel placeholder(QStringLiteral("pcitopo"));
    placeholder.show();
    return app.exec();
}

} // namespace pcitopo
