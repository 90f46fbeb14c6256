import GlossBuiltins
print(BuiltinAnalyzers.registry.names)
