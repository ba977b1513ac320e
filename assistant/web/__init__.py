"""L'interface web : page de conversation (Gradio), widget intégrable et API HTTP.

Gradio est importé après avoir coupé ses appels réseau (statistiques, hub) : l'application
ne sort jamais de la machine.
"""

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_SSR_MODE", "False")
