"""KVKK retention and destruction: the policy, what is due, anonymisation, requests.

Pure Python: no storage and no Qt. The services feed these functions the facts
they read from the case file and act on the answers.
"""
