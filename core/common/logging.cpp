#include "logging.h"

Q_LOGGING_CATEGORY(lcConfig, "madoguchi.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "madoguchi.core.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "madoguchi.core.store", QtInfoMsg)
