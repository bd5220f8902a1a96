// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>

namespace Madoguchi {

/// What a QML_SINGLETON's create() returns: the one instance main() made before loading the QML,
/// owned by C++ (the engine never deletes it).
template<typename T>
T *injectedSingleton(T *instance)
{
    Q_ASSERT_X(instance, "injectedSingleton", "main() creates the object before loading the QML");
    QQmlEngine::setObjectOwnership(instance, QQmlEngine::CppOwnership);
    return instance;
}

} // namespace Madoguchi
