"""Règles en code du Règlement sur les programmes d'activités (S-40.1, r. 3).

Paramètres datés (`parametres`), argent (`argent`), calculateurs purs (un module par
sujet) qui rendent un `resultat.Resultat`, et leur registre (`registre.executer`,
`registre.outils_langchain`). Ce paquet n'importe rien de `assistant`.
"""
