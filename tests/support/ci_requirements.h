#pragma once
// What a suite needs from the machine (Fashion-MNIST, lupdate, desktop-file-validate, python3-torch): CI installs
// every package setup.sh lists, so there a missing one is a failure; on a developer's machine the check is skipped
// with the reason. CI services set the environment variable CI (.ci/run sets it too).
#include <QtGlobal>
#include <QtTest>

#define TAGSCOPE_REQUIRE_IN_CI(available, reason)                                                            \
    do {                                                                                                      \
        if (!(available)) {                                                                                   \
            if (qEnvironmentVariableIsSet("CI"))                                                              \
                QFAIL(qPrintable(QStringLiteral("CI installs this, but it is missing: %1").arg(reason)));     \
            QSKIP(qPrintable(QString(reason)));                                                               \
        }                                                                                                     \
    } while (false)
